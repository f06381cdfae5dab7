/**
 * The `ChatCompletionRequestFunctionMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

/** @deprecated */
export interface ChatCompletionRequestFunctionMessage {
  readonly role: "function"
  readonly content: string | null
  readonly name: string
}
