/**
 * The `RealtimeServerEventResponseFunctionCallArgumentsDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventResponseFunctionCallArgumentsDelta {
  readonly event_id: string
  readonly type: "response.function_call_arguments.delta"
  readonly response_id: string
  readonly item_id: string
  readonly output_index: number
  readonly call_id: string
  readonly delta: string
}
