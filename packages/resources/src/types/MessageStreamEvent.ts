/**
 * The `MessageStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageDeltaObject } from "./MessageDeltaObject.ts"
import type { MessageObject } from "./MessageObject.ts"

export type MessageStreamEvent = {
  readonly event: "thread.message.created"
  readonly data: MessageObject
} | {
  readonly event: "thread.message.in_progress"
  readonly data: MessageObject
} | {
  readonly event: "thread.message.delta"
  readonly data: MessageDeltaObject
} | {
  readonly event: "thread.message.completed"
  readonly data: MessageObject
} | {
  readonly event: "thread.message.incomplete"
  readonly data: MessageObject
}
