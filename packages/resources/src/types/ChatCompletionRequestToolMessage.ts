/**
 * The `ChatCompletionRequestToolMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestToolMessageContentPart } from "./ChatCompletionRequestToolMessageContentPart.ts"

export interface ChatCompletionRequestToolMessage {
  readonly role: "tool"
  /** @minItems 1 */
  readonly content: string | ReadonlyArray<ChatCompletionRequestToolMessageContentPart>
  readonly tool_call_id: string
}
