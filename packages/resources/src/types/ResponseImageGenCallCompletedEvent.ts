/**
 * The `ResponseImageGenCallCompletedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseImageGenCallCompletedEvent {
  readonly type: "response.image_generation_call.completed"
  readonly output_index: number
  readonly sequence_number: number
  readonly item_id: string
}
