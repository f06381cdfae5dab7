/**
 * The `RealtimeClientEventConversationItemDelete` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeClientEventConversationItemDelete {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "conversation.item.delete"
  readonly item_id: string
}
