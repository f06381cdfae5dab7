/**
 * The `ChatCompletionRequestMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionRequestAssistantMessage } from "./ChatCompletionRequestAssistantMessage.ts"
import type { ChatCompletionRequestDeveloperMessage } from "./ChatCompletionRequestDeveloperMessage.ts"
import type { ChatCompletionRequestFunctionMessage } from "./ChatCompletionRequestFunctionMessage.ts"
import type { ChatCompletionRequestSystemMessage } from "./ChatCompletionRequestSystemMessage.ts"
import type { ChatCompletionRequestToolMessage } from "./ChatCompletionRequestToolMessage.ts"
import type { ChatCompletionRequestUserMessage } from "./ChatCompletionRequestUserMessage.ts"

export type ChatCompletionRequestMessage =
  | ChatCompletionRequestDeveloperMessage
  | ChatCompletionRequestSystemMessage
  | ChatCompletionRequestUserMessage
  | ChatCompletionRequestAssistantMessage
  | ChatCompletionRequestToolMessage
  | ChatCompletionRequestFunctionMessage
