/**
 * The `ResponseFileSearchCallCompletedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseFileSearchCallCompletedEvent {
  readonly type: "response.file_search_call.completed"
  readonly output_index: number
  readonly item_id: string
  readonly sequence_number: number
}
