/**
 * The `BetaApplyPatchToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaApplyPatchCallStatus } from "./BetaApplyPatchCallStatus.ts"
import type { BetaApplyPatchCreateFileOperation } from "./BetaApplyPatchCreateFileOperation.ts"
import type { BetaApplyPatchDeleteFileOperation } from "./BetaApplyPatchDeleteFileOperation.ts"
import type { BetaApplyPatchUpdateFileOperation } from "./BetaApplyPatchUpdateFileOperation.ts"
import type { BetaToolCallCaller } from "./BetaToolCallCaller.ts"

export interface BetaApplyPatchToolCall {
  readonly agent?: BetaAgentTag | undefined
  /** @default "apply_patch_call" */
  readonly type: "apply_patch_call"
  readonly id: string
  readonly call_id: string
  readonly caller?: BetaToolCallCaller | null | undefined
  readonly status: BetaApplyPatchCallStatus
  readonly operation:
    | BetaApplyPatchCreateFileOperation
    | BetaApplyPatchDeleteFileOperation
    | BetaApplyPatchUpdateFileOperation
  readonly created_by?: string | undefined
}
