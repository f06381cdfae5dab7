/**
 * The `ResponseCodeInterpreterCallCodeDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseCodeInterpreterCallCodeDoneEvent {
  readonly type: "response.code_interpreter_call_code.done"
  readonly output_index: number
  readonly item_id: string
  readonly code: string
  readonly sequence_number: number
}
