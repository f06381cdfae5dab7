/**
 * The `ResponseAudioDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseAudioDeltaEvent {
  readonly type: "response.audio.delta"
  readonly sequence_number: number
  readonly delta: string
}
