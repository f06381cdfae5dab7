/**
 * The `BetaApplyPatchToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaApplyPatchCallOutputStatus } from "./BetaApplyPatchCallOutputStatus.ts"
import type { BetaToolCallCaller } from "./BetaToolCallCaller.ts"

export interface BetaApplyPatchToolCallOutput {
  readonly agent?: BetaAgentTag | undefined
  /** @default "apply_patch_call_output" */
  readonly type: "apply_patch_call_output"
  readonly id: string
  readonly call_id: string
  readonly caller?: BetaToolCallCaller | null | undefined
  readonly status: BetaApplyPatchCallOutputStatus
  readonly output?: string | null | undefined
  readonly created_by?: string | undefined
}
