/**
 * The `RealtimeServerEventInputAudioBufferTimeoutTriggered` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventInputAudioBufferTimeoutTriggered {
  readonly event_id: string
  readonly type: "input_audio_buffer.timeout_triggered"
  readonly audio_start_ms: number
  readonly audio_end_ms: number
  readonly item_id: string
}
