/**
 * The `ChatCompletionDeleted` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ChatCompletionDeleted {
  readonly object: "chat.completion.deleted"
  readonly id: string
  readonly deleted: boolean
}
