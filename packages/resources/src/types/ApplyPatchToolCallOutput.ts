/**
 * The `ApplyPatchToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApplyPatchCallOutputStatus } from "./ApplyPatchCallOutputStatus.ts"
import type { ToolCallCaller } from "./ToolCallCaller.ts"

export interface ApplyPatchToolCallOutput {
  /** @default "apply_patch_call_output" */
  readonly type: "apply_patch_call_output"
  readonly id: string
  readonly call_id: string
  readonly caller?: ToolCallCaller | null | undefined
  readonly status: ApplyPatchCallOutputStatus
  readonly output?: string | null | undefined
  readonly created_by?: string | undefined
}
