/**
 * The `BetaReasoningTextContent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface BetaReasoningTextContent {
  /** @default "reasoning_text" */
  readonly type: "reasoning_text"
  readonly text: string
}
