/**
 * The `RealtimeServerEventResponseAudioDone` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventResponseAudioDone {
  readonly event_id: string
  readonly type: "response.output_audio.done"
  readonly response_id: string
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
}
