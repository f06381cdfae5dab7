/**
 * The `UrlCitationBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UrlCitationBody {
  /** @default "url_citation" */
  readonly type: "url_citation"
  /** @format uri */
  readonly url: string
  readonly start_index: number
  readonly end_index: number
  readonly title: string
}
