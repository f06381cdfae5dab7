/**
 * The `RealtimeServerEventInputAudioBufferSpeechStarted` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventInputAudioBufferSpeechStarted {
  readonly event_id: string
  readonly type: "input_audio_buffer.speech_started"
  readonly audio_start_ms: number
  readonly item_id: string
}
