/**
 * The `RealtimeServerEventResponseMCPCallCompleted` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventResponseMCPCallCompleted {
  readonly event_id: string
  readonly type: "response.mcp_call.completed"
  readonly output_index: number
  readonly item_id: string
}
