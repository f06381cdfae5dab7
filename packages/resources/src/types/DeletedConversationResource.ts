/**
 * The `DeletedConversationResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeletedConversationResource {
  /** @default "conversation.deleted" */
  readonly object: "conversation.deleted"
  readonly deleted: boolean
  readonly id: string
}
