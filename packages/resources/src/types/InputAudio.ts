/**
 * The `InputAudio` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface InputAudio {
  readonly type: "input_audio"
  readonly input_audio: {
    readonly data: string
    readonly format: "mp3" | "wav"
  }
}
