/**
 * The `RealtimeServerEventInputAudioBufferCleared` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventInputAudioBufferCleared {
  readonly event_id: string
  readonly type: "input_audio_buffer.cleared"
}
