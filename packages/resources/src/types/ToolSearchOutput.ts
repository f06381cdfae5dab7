/**
 * The `ToolSearchOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionCallOutputStatusEnum } from "./FunctionCallOutputStatusEnum.ts"
import type { Tool } from "./Tool.ts"
import type { ToolSearchExecutionType } from "./ToolSearchExecutionType.ts"

export interface ToolSearchOutput {
  /** @default "tool_search_output" */
  readonly type: "tool_search_output"
  readonly id: string
  readonly call_id: string | null
  readonly execution: ToolSearchExecutionType
  readonly tools: ReadonlyArray<Tool>
  readonly status: FunctionCallOutputStatusEnum
  readonly created_by?: string | undefined
}
