/**
 * The `RealtimeServerEventConversationItemTruncated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventConversationItemTruncated {
  readonly event_id: string
  readonly type: "conversation.item.truncated"
  readonly item_id: string
  readonly content_index: number
  readonly audio_end_ms: number
}
