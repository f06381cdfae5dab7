/**
 * The `ImageGenOutputTokensDetails` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ImageGenOutputTokensDetails {
  readonly image_tokens: number
  readonly text_tokens: number
}
