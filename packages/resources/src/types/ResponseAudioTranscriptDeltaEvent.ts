/**
 * The `ResponseAudioTranscriptDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseAudioTranscriptDeltaEvent {
  readonly type: "response.audio.transcript.delta"
  readonly delta: string
  readonly sequence_number: number
}
