/**
 * The `ClickParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ClickButtonType } from "./ClickButtonType.ts"

export interface ClickParam {
  /** @default "click" */
  readonly type: "click"
  readonly button: ClickButtonType
  readonly x: number
  readonly y: number
  readonly keys?: ReadonlyArray<string> | null | undefined
}
