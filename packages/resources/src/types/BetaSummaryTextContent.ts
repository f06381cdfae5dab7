/**
 * The `BetaSummaryTextContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaSummaryTextContent {
  /** @default "summary_text" */
  readonly type: "summary_text"
  readonly text: string
}
