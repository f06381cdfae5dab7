/**
 * The `ChatCompletionRequestSystemMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestSystemMessageContentPart } from "./ChatCompletionRequestSystemMessageContentPart.ts"

export interface ChatCompletionRequestSystemMessage {
  /** @minItems 1 */
  readonly content: string | ReadonlyArray<ChatCompletionRequestSystemMessageContentPart>
  readonly role: "system"
  readonly name?: string | undefined
}
