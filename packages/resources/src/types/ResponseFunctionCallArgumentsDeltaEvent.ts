/**
 * The `ResponseFunctionCallArgumentsDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseFunctionCallArgumentsDeltaEvent {
  readonly type: "response.function_call_arguments.delta"
  readonly item_id: string
  readonly output_index: number
  readonly sequence_number: number
  readonly delta: string
}
