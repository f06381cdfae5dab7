/**
 * The `ResponseAudioDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseAudioDoneEvent {
  readonly type: "response.audio.done"
  readonly sequence_number: number
}
