/**
 * The `ChatCompletionStreamResponseDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionMessageToolCallChunk } from "./ChatCompletionMessageToolCallChunk.ts"

export interface ChatCompletionStreamResponseDelta {
  readonly content?: string | null | undefined
  /** @deprecated */
  readonly function_call?: {
    readonly arguments?: string | undefined
    readonly name?: string | undefined
  } | undefined
  readonly tool_calls?: ReadonlyArray<ChatCompletionMessageToolCallChunk> | undefined
  readonly role?: "developer" | "system" | "user" | "assistant" | "tool" | undefined
  readonly refusal?: string | null | undefined
}
