/**
 * The `BetaApplyPatchToolCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaApplyPatchCallOutputStatusParam } from "./BetaApplyPatchCallOutputStatusParam.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaApplyPatchToolCallOutputItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  /** @default "apply_patch_call_output" */
  readonly type: "apply_patch_call_output"
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: BetaToolCallCallerParam | null | undefined
  readonly status: BetaApplyPatchCallOutputStatusParam
  /** @maxLength 10485760 */
  readonly output?: string | null | undefined
}
