/**
 * The `ResponseReasoningSummaryTextDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseReasoningSummaryTextDeltaEvent {
  readonly type: "response.reasoning_summary_text.delta"
  readonly item_id: string
  readonly output_index: number
  readonly summary_index: number
  readonly delta: string
  readonly sequence_number: number
}
