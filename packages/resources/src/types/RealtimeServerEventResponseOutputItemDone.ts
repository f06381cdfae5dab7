/**
 * The `RealtimeServerEventResponseOutputItemDone` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeConversationItem } from "./RealtimeConversationItem.ts"

export interface RealtimeServerEventResponseOutputItemDone {
  readonly event_id: string
  readonly type: "response.output_item.done"
  readonly response_id: string
  readonly output_index: number
  readonly item: RealtimeConversationItem
}
