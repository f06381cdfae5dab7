/**
 * The `Image` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Image {
  readonly b64_json?: string | undefined
  /** @format uri */
  readonly url?: string | undefined
  readonly revised_prompt?: string | undefined
}
