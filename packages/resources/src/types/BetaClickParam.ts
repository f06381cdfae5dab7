/**
 * The `BetaClickParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaClickButtonType } from "./BetaClickButtonType.ts"

export interface BetaClickParam {
  /** @default "click" */
  readonly type: "click"
  readonly button: BetaClickButtonType
  readonly x: number
  readonly y: number
  readonly keys?: ReadonlyArray<string> | null | undefined
}
