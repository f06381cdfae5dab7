/**
 * The `ChatCompletionRequestDeveloperMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestMessageContentPartText } from "./ChatCompletionRequestMessageContentPartText.ts"

export interface ChatCompletionRequestDeveloperMessage {
  /** @minItems 1 */
  readonly content: string | ReadonlyArray<ChatCompletionRequestMessageContentPartText>
  readonly role: "developer"
  readonly name?: string | undefined
}
