/**
 * The `OutputMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MessagePhase } from "./MessagePhase.ts"
import type { OutputMessageContent } from "./OutputMessageContent.ts"

export interface OutputMessage {
  readonly id: string
  readonly type: "message"
  readonly role: "assistant"
  readonly content: ReadonlyArray<OutputMessageContent>
  readonly phase?: MessagePhase | null | undefined
  readonly status: "in_progress" | "completed" | "incomplete"
}
