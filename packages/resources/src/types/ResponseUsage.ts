/**
 * The `ResponseUsage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ResponseUsage {
  readonly input_tokens: number
  readonly input_tokens_details: {
    readonly cached_tokens: number
    readonly cache_write_tokens: number
  }
  readonly output_tokens: number
  readonly output_tokens_details: {
    readonly reasoning_tokens: number
  }
  readonly total_tokens: number
}
