/**
 * The `BetaMCPToolExecutionError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaMCPToolExecutionError {
  /** @default "mcp_tool_execution_error" */
  readonly type: "mcp_tool_execution_error"
  readonly content: unknown
}
