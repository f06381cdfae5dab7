/**
 * The `ConversationResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ConversationResource {
  readonly id: string
  /** @default "conversation" */
  readonly object: "conversation"
  readonly metadata: unknown
  /** @format unixtime */
  readonly created_at: number
}
