/**
 * The `ChatCompletionMessageToolCalls` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionMessageCustomToolCall } from "./ChatCompletionMessageCustomToolCall.ts"
import type { ChatCompletionMessageToolCall } from "./ChatCompletionMessageToolCall.ts"

export type ChatCompletionMessageToolCalls = ReadonlyArray<
  ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall
>
