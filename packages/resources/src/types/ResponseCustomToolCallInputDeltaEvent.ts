/**
 * The `ResponseCustomToolCallInputDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseCustomToolCallInputDeltaEvent {
  readonly type: "response.custom_tool_call_input.delta"
  readonly sequence_number: number
  readonly output_index: number
  readonly item_id: string
  readonly delta: string
}
