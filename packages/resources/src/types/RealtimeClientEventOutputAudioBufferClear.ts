/**
 * The `RealtimeClientEventOutputAudioBufferClear` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeClientEventOutputAudioBufferClear {
  readonly event_id?: string | undefined
  readonly type: "output_audio_buffer.clear"
}
