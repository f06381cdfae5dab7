/**
 * The `RunStepDeltaStepDetailsToolCallsFileSearchObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDeltaStepDetailsToolCallsFileSearchObject {
  readonly index: number
  readonly id?: string | undefined
  readonly type: "file_search"
  readonly file_search: { readonly [key: string]: unknown }
}
