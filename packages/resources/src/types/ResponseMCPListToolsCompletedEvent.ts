/**
 * The `ResponseMCPListToolsCompletedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseMCPListToolsCompletedEvent {
  readonly type: "response.mcp_list_tools.completed"
  readonly item_id: string
  readonly output_index: number
  readonly sequence_number: number
}
