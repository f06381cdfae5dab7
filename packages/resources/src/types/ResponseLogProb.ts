/**
 * The `ResponseLogProb` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseLogProb {
  readonly token: string
  readonly logprob: number
  readonly top_logprobs?:
    | ReadonlyArray<{
      readonly token?: string | undefined
      readonly logprob?: number | undefined
    }>
    | undefined
}
