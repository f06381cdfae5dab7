/**
 * The `RunStepDetailsToolCallsCodeOutputImageObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDetailsToolCallsCodeOutputImageObject {
  readonly type: "image"
  readonly image: {
    readonly file_id: string
  }
}
