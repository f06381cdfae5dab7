/**
 * The `ToolSearchCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionCallStatus } from "./FunctionCallStatus.ts"
import type { ToolSearchExecutionType } from "./ToolSearchExecutionType.ts"

export interface ToolSearchCall {
  /** @default "tool_search_call" */
  readonly type: "tool_search_call"
  readonly id: string
  readonly call_id: string | null
  readonly execution: ToolSearchExecutionType
  readonly arguments: unknown
  readonly status: FunctionCallStatus
  readonly created_by?: string | undefined
}
