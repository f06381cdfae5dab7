/**
 * The `RunStepDeltaStepDetailsToolCallsCodeOutputImageObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDeltaStepDetailsToolCallsCodeOutputImageObject {
  readonly index: number
  readonly type: "image"
  readonly image?: {
    readonly file_id?: string | undefined
  } | undefined
}
