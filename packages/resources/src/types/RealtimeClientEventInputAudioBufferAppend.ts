/**
 * The `RealtimeClientEventInputAudioBufferAppend` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeClientEventInputAudioBufferAppend {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "input_audio_buffer.append"
  readonly audio: string
}
