/**
 * The `BetaApplyPatchToolCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaApplyPatchCallStatusParam } from "./BetaApplyPatchCallStatusParam.ts"
import type { BetaApplyPatchOperationParam } from "./BetaApplyPatchOperationParam.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaApplyPatchToolCallItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  /** @default "apply_patch_call" */
  readonly type: "apply_patch_call"
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: BetaToolCallCallerParam | null | undefined
  readonly status: BetaApplyPatchCallStatusParam
  readonly operation: BetaApplyPatchOperationParam
}
