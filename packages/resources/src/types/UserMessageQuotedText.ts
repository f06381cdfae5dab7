/**
 * The `UserMessageQuotedText` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UserMessageQuotedText {
  /** @default "quoted_text" */
  readonly type: "quoted_text"
  readonly text: string
}
