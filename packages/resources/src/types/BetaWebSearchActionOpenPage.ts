/**
 * The `BetaWebSearchActionOpenPage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaWebSearchActionOpenPage {
  readonly type: "open_page"
  /** @format uri */
  readonly url?: string | null | undefined
}
