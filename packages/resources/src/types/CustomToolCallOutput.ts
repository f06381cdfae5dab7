/**
 * The `CustomToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionAndCustomToolCallOutput } from "./FunctionAndCustomToolCallOutput.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface CustomToolCallOutput {
  readonly type: "custom_tool_call_output"
  readonly id?: string | undefined
  readonly call_id: string
  readonly caller?: ToolCallCallerParam | null | undefined
  readonly output: string | ReadonlyArray<FunctionAndCustomToolCallOutput>
}
