/**
 * The `RealtimeServerEventConversationItemInputAudioTranscriptionSegment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventConversationItemInputAudioTranscriptionSegment {
  readonly event_id: string
  readonly type: "conversation.item.input_audio_transcription.segment"
  readonly item_id: string
  readonly content_index: number
  readonly text: string
  readonly id: string
  readonly speaker: string
  /** @format double */
  readonly start: number
  /** @format double */
  readonly end: number
}
