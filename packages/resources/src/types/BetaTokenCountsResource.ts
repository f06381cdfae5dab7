/**
 * The `BetaTokenCountsResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaTokenCountsResource {
  /** @default "response.input_tokens" */
  readonly object: "response.input_tokens"
  readonly input_tokens: number
}
