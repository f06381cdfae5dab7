/**
 * The `MessageDeltaObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessageContentDelta } from "./MessageContentDelta.ts"

export interface MessageDeltaObject {
  readonly id: string
  readonly object: "thread.message.delta"
  readonly delta: {
    readonly role?: "user" | "assistant" | undefined
    readonly content?: ReadonlyArray<MessageContentDelta> | undefined
  }
}
