/**
 * The `WebSearchActionOpenPage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebSearchActionOpenPage {
  readonly type: "open_page"
  /** @format uri */
  readonly url?: string | null | undefined
}
