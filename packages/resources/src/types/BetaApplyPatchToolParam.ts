/**
 * The `BetaApplyPatchToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCallableToolAllowedCaller } from "./BetaCallableToolAllowedCaller.ts"

export interface BetaApplyPatchToolParam {
  /** @default "apply_patch" */
  readonly type: "apply_patch"
  /** @minItems 1 */
  readonly allowed_callers?: ReadonlyArray<BetaCallableToolAllowedCaller> | null | undefined
}
