/**
 * The `RealtimeClientEventConversationItemCreate` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeConversationItem } from "./RealtimeConversationItem.ts"

export interface RealtimeClientEventConversationItemCreate {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "conversation.item.create"
  readonly previous_item_id?: string | undefined
  readonly item: RealtimeConversationItem
}
