/**
 * The `RealtimeServerEventResponseMCPCallFailed` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventResponseMCPCallFailed {
  readonly event_id: string
  readonly type: "response.mcp_call.failed"
  readonly output_index: number
  readonly item_id: string
}
