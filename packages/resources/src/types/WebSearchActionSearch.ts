/**
 * The `WebSearchActionSearch` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebSearchActionSearch {
  readonly type: "search"
  /** @deprecated */
  readonly query?: string | undefined
  readonly queries?: ReadonlyArray<string> | undefined
  readonly sources?:
    | ReadonlyArray<{
      readonly type: "url"
      /** @format uri */
      readonly url: string
    }>
    | undefined
}
