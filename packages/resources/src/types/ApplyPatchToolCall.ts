/**
 * The `ApplyPatchToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApplyPatchCallStatus } from "./ApplyPatchCallStatus.ts"
import type { ApplyPatchCreateFileOperation } from "./ApplyPatchCreateFileOperation.ts"
import type { ApplyPatchDeleteFileOperation } from "./ApplyPatchDeleteFileOperation.ts"
import type { ApplyPatchUpdateFileOperation } from "./ApplyPatchUpdateFileOperation.ts"
import type { ToolCallCaller } from "./ToolCallCaller.ts"

export interface ApplyPatchToolCall {
  /** @default "apply_patch_call" */
  readonly type: "apply_patch_call"
  readonly id: string
  readonly call_id: string
  readonly caller?: ToolCallCaller | null | undefined
  readonly status: ApplyPatchCallStatus
  readonly operation: ApplyPatchCreateFileOperation | ApplyPatchDeleteFileOperation | ApplyPatchUpdateFileOperation
  readonly created_by?: string | undefined
}
