/**
 * The `RealtimeServerEventInputAudioBufferDtmfEventReceived` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventInputAudioBufferDtmfEventReceived {
  readonly type: "input_audio_buffer.dtmf_event_received"
  readonly event: string
  readonly received_at: number
}
