/**
 * The `RealtimeServerEventConversationItemRetrieved` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeConversationItem } from "./RealtimeConversationItem.ts"

export interface RealtimeServerEventConversationItemRetrieved {
  readonly event_id: string
  readonly type: "conversation.item.retrieved"
  readonly item: RealtimeConversationItem
}
