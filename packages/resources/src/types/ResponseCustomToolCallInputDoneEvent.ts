/**
 * The `ResponseCustomToolCallInputDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseCustomToolCallInputDoneEvent {
  readonly type: "response.custom_tool_call_input.done"
  readonly sequence_number: number
  readonly output_index: number
  readonly item_id: string
  readonly input: string
}
