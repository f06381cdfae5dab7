/**
 * The `ImagesUsage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ImagesUsage {
  readonly total_tokens: number
  readonly input_tokens: number
  readonly output_tokens: number
  readonly input_tokens_details: {
    readonly text_tokens: number
    readonly image_tokens: number
  }
}
