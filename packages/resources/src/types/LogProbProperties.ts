/**
 * The `LogProbProperties` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface LogProbProperties {
  readonly token: string
  readonly logprob: number
  readonly bytes: ReadonlyArray<number>
}
