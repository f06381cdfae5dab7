/**
 * The `ChatCompletionRequestAssistantMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionMessageToolCalls } from "./ChatCompletionMessageToolCalls.ts"
import type { ChatCompletionRequestAssistantMessageContentPart } from "./ChatCompletionRequestAssistantMessageContentPart.ts"

export interface ChatCompletionRequestAssistantMessage {
  readonly content?: string | ReadonlyArray<ChatCompletionRequestAssistantMessageContentPart> | null | undefined
  readonly refusal?: string | null | undefined
  readonly role: "assistant"
  readonly name?: string | undefined
  readonly audio?:
    | {
      readonly id: string
    }
    | null
    | undefined
  readonly tool_calls?: ChatCompletionMessageToolCalls | undefined
  /** @deprecated */
  readonly function_call?:
    | {
      readonly arguments: string
      readonly name: string
    }
    | null
    | undefined
}
