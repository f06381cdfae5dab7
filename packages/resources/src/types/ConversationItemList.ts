/**
 * The `ConversationItemList` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ConversationItem } from "./ConversationItem.ts"

export interface ConversationItemList {
  readonly object: "list"
  readonly data: ReadonlyArray<ConversationItem>
  readonly has_more: boolean
  readonly first_id: string
  readonly last_id: string
}
