/**
 * The `FunctionToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionAndCustomToolCallOutput } from "./FunctionAndCustomToolCallOutput.ts"
import type { ToolCallCallerParam } from "./ToolCallCallerParam.ts"

export interface FunctionToolCallOutput {
  readonly id?: string | undefined
  readonly type: "function_call_output"
  readonly call_id: string
  readonly name?: string | undefined
  readonly namespace?: string | undefined
  readonly caller?: ToolCallCallerParam | null | undefined
  readonly output: string | ReadonlyArray<FunctionAndCustomToolCallOutput>
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
