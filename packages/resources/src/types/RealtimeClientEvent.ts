/**
 * The `RealtimeClientEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeClientEventConversationItemCreate } from "./RealtimeClientEventConversationItemCreate.ts"
import type { RealtimeClientEventConversationItemDelete } from "./RealtimeClientEventConversationItemDelete.ts"
import type { RealtimeClientEventConversationItemRetrieve } from "./RealtimeClientEventConversationItemRetrieve.ts"
import type { RealtimeClientEventConversationItemTruncate } from "./RealtimeClientEventConversationItemTruncate.ts"
import type { RealtimeClientEventInputAudioBufferAppend } from "./RealtimeClientEventInputAudioBufferAppend.ts"
import type { RealtimeClientEventInputAudioBufferClear } from "./RealtimeClientEventInputAudioBufferClear.ts"
import type { RealtimeClientEventInputAudioBufferCommit } from "./RealtimeClientEventInputAudioBufferCommit.ts"
import type { RealtimeClientEventOutputAudioBufferClear } from "./RealtimeClientEventOutputAudioBufferClear.ts"
import type { RealtimeClientEventResponseCancel } from "./RealtimeClientEventResponseCancel.ts"
import type { RealtimeClientEventResponseCreate } from "./RealtimeClientEventResponseCreate.ts"
import type { RealtimeClientEventSessionUpdate } from "./RealtimeClientEventSessionUpdate.ts"

export type RealtimeClientEvent =
  | RealtimeClientEventConversationItemCreate
  | RealtimeClientEventConversationItemDelete
  | RealtimeClientEventConversationItemRetrieve
  | RealtimeClientEventConversationItemTruncate
  | RealtimeClientEventInputAudioBufferAppend
  | RealtimeClientEventInputAudioBufferClear
  | RealtimeClientEventOutputAudioBufferClear
  | RealtimeClientEventInputAudioBufferCommit
  | RealtimeClientEventResponseCancel
  | RealtimeClientEventResponseCreate
  | RealtimeClientEventSessionUpdate
