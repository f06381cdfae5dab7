/**
 * The `RealtimeServerEventConversationItemCreated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeConversationItem } from "./RealtimeConversationItem.ts"

export interface RealtimeServerEventConversationItemCreated {
  readonly event_id: string
  readonly type: "conversation.item.created"
  readonly previous_item_id?: string | null | undefined
  readonly item: RealtimeConversationItem
}
