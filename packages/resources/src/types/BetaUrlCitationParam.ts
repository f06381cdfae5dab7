/**
 * The `BetaUrlCitationParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaUrlCitationParam {
  /** @default "url_citation" */
  readonly type: "url_citation"
  /** @minimum 0 */
  readonly start_index: number
  /** @minimum 0 */
  readonly end_index: number
  /** @format uri */
  readonly url: string
  readonly title: string
}
