/**
 * The `RealtimeClientEventConversationItemTruncate` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeClientEventConversationItemTruncate {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "conversation.item.truncate"
  readonly item_id: string
  readonly content_index: number
  readonly audio_end_ms: number
}
