/**
 * The `ResponseRefusalDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseRefusalDoneEvent {
  readonly type: "response.refusal.done"
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
  readonly refusal: string
  readonly sequence_number: number
}
