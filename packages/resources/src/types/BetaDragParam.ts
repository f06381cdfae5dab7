/**
 * The `BetaDragParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCoordParam } from "./BetaCoordParam.ts"

export interface BetaDragParam {
  /** @default "drag" */
  readonly type: "drag"
  readonly path: ReadonlyArray<BetaCoordParam>
  readonly keys?: ReadonlyArray<string> | null | undefined
}
