/**
 * The `RealtimeServerEventResponseMCPCallArgumentsDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventResponseMCPCallArgumentsDelta {
  readonly event_id: string
  readonly type: "response.mcp_call_arguments.delta"
  readonly response_id: string
  readonly item_id: string
  readonly output_index: number
  readonly delta: string
  readonly obfuscation?: string | null | undefined
}
