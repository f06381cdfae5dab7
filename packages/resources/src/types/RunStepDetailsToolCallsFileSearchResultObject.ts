/**
 * The `RunStepDetailsToolCallsFileSearchResultObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RunStepDetailsToolCallsFileSearchResultObject {
  readonly file_id: string
  readonly file_name: string
  /**
   * @minimum 0
   * @maximum 1
   */
  readonly score: number
  readonly content?:
    | ReadonlyArray<{
      readonly type?: "text" | undefined
      readonly text?: string | undefined
    }>
    | undefined
}
