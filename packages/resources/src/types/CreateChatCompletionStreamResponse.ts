/**
 * The `CreateChatCompletionStreamResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionModeration } from "./ChatCompletionModeration.ts"
import type { ChatCompletionStreamResponseDelta } from "./ChatCompletionStreamResponseDelta.ts"
import type { ChatCompletionTokenLogprob } from "./ChatCompletionTokenLogprob.ts"
import type { CompletionUsage } from "./CompletionUsage.ts"
import type { ServiceTier } from "./ServiceTier.ts"

export interface CreateChatCompletionStreamResponse {
  readonly id: string
  readonly choices: ReadonlyArray<{
    readonly delta: ChatCompletionStreamResponseDelta
    readonly logprobs?:
      | {
        readonly content: ReadonlyArray<ChatCompletionTokenLogprob> | null
        readonly refusal: ReadonlyArray<ChatCompletionTokenLogprob> | null
      }
      | null
      | undefined
    readonly finish_reason: "stop" | "length" | "tool_calls" | "content_filter" | "function_call" | null
    readonly index: number
  }>
  /** @format unixtime */
  readonly created: number
  readonly model: string
  readonly obfuscation?: string | undefined
  readonly service_tier?: ServiceTier | undefined
  /** @deprecated */
  readonly system_fingerprint?: string | undefined
  readonly object: "chat.completion.chunk"
  readonly usage?: CompletionUsage | null | undefined
  readonly moderation?: ChatCompletionModeration | null | undefined
}
