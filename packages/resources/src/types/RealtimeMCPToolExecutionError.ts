/**
 * The `RealtimeMCPToolExecutionError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeMCPToolExecutionError {
  readonly type: "tool_execution_error"
  readonly message: string
}
