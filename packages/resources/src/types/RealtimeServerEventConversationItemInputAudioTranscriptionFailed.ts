/**
 * The `RealtimeServerEventConversationItemInputAudioTranscriptionFailed` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventConversationItemInputAudioTranscriptionFailed {
  readonly event_id: string
  readonly type: "conversation.item.input_audio_transcription.failed"
  readonly item_id: string
  readonly content_index: number
  readonly error: {
    readonly type?: string | undefined
    readonly code?: string | undefined
    readonly message?: string | undefined
    readonly param?: string | undefined
  }
}
