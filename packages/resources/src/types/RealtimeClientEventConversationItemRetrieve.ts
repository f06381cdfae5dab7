/**
 * The `RealtimeClientEventConversationItemRetrieve` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeClientEventConversationItemRetrieve {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "conversation.item.retrieve"
  readonly item_id: string
}
