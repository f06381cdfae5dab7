/**
 * The `ResponseFileSearchCallInProgressEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseFileSearchCallInProgressEvent {
  readonly type: "response.file_search_call.in_progress"
  readonly output_index: number
  readonly item_id: string
  readonly sequence_number: number
}
