/**
 * The `RealtimeServerEventInputAudioBufferSpeechStopped` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventInputAudioBufferSpeechStopped {
  readonly event_id: string
  readonly type: "input_audio_buffer.speech_stopped"
  readonly audio_end_ms: number
  readonly item_id: string
}
