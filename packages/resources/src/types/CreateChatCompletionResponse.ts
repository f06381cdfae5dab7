/**
 * The `CreateChatCompletionResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionModeration } from "./ChatCompletionModeration.ts"
import type { ChatCompletionResponseMessage } from "./ChatCompletionResponseMessage.ts"
import type { ChatCompletionTokenLogprob } from "./ChatCompletionTokenLogprob.ts"
import type { CompletionUsage } from "./CompletionUsage.ts"
import type { Metadata } from "./Metadata.ts"
import type { ServiceTier } from "./ServiceTier.ts"

export interface CreateChatCompletionResponse {
  readonly id: string
  readonly choices: ReadonlyArray<{
    readonly finish_reason: "stop" | "length" | "tool_calls" | "content_filter" | "function_call"
    readonly index: number
    readonly message: ChatCompletionResponseMessage
    readonly logprobs: {
      readonly content: ReadonlyArray<ChatCompletionTokenLogprob> | null
      readonly refusal: ReadonlyArray<ChatCompletionTokenLogprob> | null
    } | null
  }>
  /** @format unixtime */
  readonly created: number
  readonly model: string
  readonly metadata?: Metadata | undefined
  readonly service_tier?: ServiceTier | undefined
  /** @deprecated */
  readonly system_fingerprint?: string | undefined
  readonly object: "chat.completion"
  readonly usage?: CompletionUsage | undefined
  readonly moderation?: ChatCompletionModeration | null | undefined
}
