/**
 * The `ToolSearchCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EmptyModelParam } from "./EmptyModelParam.ts"
import type { FunctionCallItemStatus } from "./FunctionCallItemStatus.ts"
import type { ToolSearchExecutionType } from "./ToolSearchExecutionType.ts"

export interface ToolSearchCallItemParam {
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id?: string | null | undefined
  /** @default "tool_search_call" */
  readonly type: "tool_search_call"
  readonly execution?: ToolSearchExecutionType | undefined
  readonly arguments: EmptyModelParam
  readonly status?: FunctionCallItemStatus | null | undefined
}
