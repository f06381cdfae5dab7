/**
 * The `ToolSearchToolParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EmptyModelParam } from "./EmptyModelParam.ts"
import type { ToolSearchExecutionType } from "./ToolSearchExecutionType.ts"

export interface ToolSearchToolParam {
  /** @default "tool_search" */
  readonly type: "tool_search"
  readonly execution?: ToolSearchExecutionType | undefined
  readonly description?: string | null | undefined
  readonly parameters?: EmptyModelParam | null | undefined
}
