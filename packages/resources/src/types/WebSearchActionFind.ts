/**
 * The `WebSearchActionFind` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebSearchActionFind {
  readonly type: "find_in_page"
  /** @format uri */
  readonly url: string
  readonly pattern: string
}
