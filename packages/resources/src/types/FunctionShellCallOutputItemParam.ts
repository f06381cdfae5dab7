/**
 * The `FunctionShellCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionShellCallItemStatus } from "./FunctionShellCallItemStatus.ts"
import type { FunctionShellCallOutputContentParam } from "./FunctionShellCallOutputContentParam.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface FunctionShellCallOutputItemParam {
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: ToolCallCallerParam | null | undefined
  /** @default "shell_call_output" */
  readonly type: "shell_call_output"
  readonly output: ReadonlyArray<FunctionShellCallOutputContentParam>
  readonly status?: FunctionShellCallItemStatus | null | undefined
  readonly max_output_length?: number | null | undefined
}
