/**
 * The `ChatCompletionRequestUserMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestUserMessageContentPart } from "./ChatCompletionRequestUserMessageContentPart.ts"

export interface ChatCompletionRequestUserMessage {
  /** @minItems 1 */
  readonly content: string | ReadonlyArray<ChatCompletionRequestUserMessageContentPart>
  readonly role: "user"
  readonly name?: string | undefined
}
