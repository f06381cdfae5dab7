/**
 * The `ApplyPatchToolCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ApplyPatchCallOutputStatusParam } from "./ApplyPatchCallOutputStatusParam.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface ApplyPatchToolCallOutputItemParam {
  /** @default "apply_patch_call_output" */
  readonly type: "apply_patch_call_output"
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: ToolCallCallerParam | null | undefined
  readonly status: ApplyPatchCallOutputStatusParam
  /** @maxLength 10485760 */
  readonly output?: string | null | undefined
}
