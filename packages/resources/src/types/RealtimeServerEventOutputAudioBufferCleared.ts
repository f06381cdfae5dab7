/**
 * The `RealtimeServerEventOutputAudioBufferCleared` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventOutputAudioBufferCleared {
  readonly event_id: string
  readonly type: "output_audio_buffer.cleared"
  readonly response_id: string
}
