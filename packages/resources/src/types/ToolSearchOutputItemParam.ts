/**
 * The `ToolSearchOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionCallItemStatus } from "./FunctionCallItemStatus.ts"
import type { Tool } from "./Tool.ts"
import type { ToolSearchExecutionType } from "./ToolSearchExecutionType.ts"

export interface ToolSearchOutputItemParam {
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id?: string | null | undefined
  /** @default "tool_search_output" */
  readonly type: "tool_search_output"
  readonly execution?: ToolSearchExecutionType | undefined
  readonly tools: ReadonlyArray<Tool>
  readonly status?: FunctionCallItemStatus | null | undefined
}
