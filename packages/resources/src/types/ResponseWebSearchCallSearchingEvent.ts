/**
 * The `ResponseWebSearchCallSearchingEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseWebSearchCallSearchingEvent {
  readonly type: "response.web_search_call.searching"
  readonly output_index: number
  readonly item_id: string
  readonly sequence_number: number
}
