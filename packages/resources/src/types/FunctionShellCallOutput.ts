/**
 * The `FunctionShellCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionShellCallOutputContent } from "./FunctionShellCallOutputContent.ts"
import type { FunctionShellCallOutputStatusEnum } from "./FunctionShellCallOutputStatusEnum.ts"
import type { ToolCallCaller } from "./ToolCallCaller.ts"

export interface FunctionShellCallOutput {
  /** @default "shell_call_output" */
  readonly type: "shell_call_output"
  readonly id: string
  readonly call_id: string
  readonly caller?: ToolCallCaller | null | undefined
  readonly status: FunctionShellCallOutputStatusEnum
  readonly output: ReadonlyArray<FunctionShellCallOutputContent>
  readonly max_output_length: number | null
  readonly created_by?: string | undefined
}
