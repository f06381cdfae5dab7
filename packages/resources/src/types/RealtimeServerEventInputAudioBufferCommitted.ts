/**
 * The `RealtimeServerEventInputAudioBufferCommitted` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventInputAudioBufferCommitted {
  readonly event_id: string
  readonly type: "input_audio_buffer.committed"
  readonly previous_item_id?: string | null | undefined
  readonly item_id: string
}
