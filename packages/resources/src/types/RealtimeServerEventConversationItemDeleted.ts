/**
 * The `RealtimeServerEventConversationItemDeleted` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventConversationItemDeleted {
  readonly event_id: string
  readonly type: "conversation.item.deleted"
  readonly item_id: string
}
