/**
 * The `ResponseMCPCallArgumentsDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseMCPCallArgumentsDeltaEvent {
  readonly type: "response.mcp_call_arguments.delta"
  readonly output_index: number
  readonly item_id: string
  readonly delta: string
  readonly sequence_number: number
}
