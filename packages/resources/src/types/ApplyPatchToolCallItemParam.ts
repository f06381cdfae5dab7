/**
 * The `ApplyPatchToolCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApplyPatchCallStatusParam } from "./ApplyPatchCallStatusParam.ts"
import type { ApplyPatchOperationParam } from "./ApplyPatchOperationParam.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface ApplyPatchToolCallItemParam {
  /** @default "apply_patch_call" */
  readonly type: "apply_patch_call"
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: ToolCallCallerParam | null | undefined
  readonly status: ApplyPatchCallStatusParam
  readonly operation: ApplyPatchOperationParam
}
