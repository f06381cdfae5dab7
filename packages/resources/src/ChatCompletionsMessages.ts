/**
 * The `chat.completions.messages` resource of the OpenAI API: `list`, `listPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/chat
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { ChatCompletionRequestMessageContentPartImage } from "./types/ChatCompletionRequestMessageContentPartImage.ts"
import type { ChatCompletionRequestMessageContentPartText } from "./types/ChatCompletionRequestMessageContentPartText.ts"
import type { ChatCompletionResponseMessage } from "./types/ChatCompletionResponseMessage.ts"

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * `GET /chat/completions/{completion_id}/messages` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/getChatCompletionMessages
 * @example
 * const items = yield* ChatCompletionsMessages.list("completion_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  completionId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<
  ChatCompletionResponseMessage & {
    readonly id: string
    readonly content_parts?:
      | ReadonlyArray<ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage>
      | null
      | undefined
  },
  OpenAIError,
  OpenAIClient
> =>
  Operation.list("cursor", {
    operationId: "getChatCompletionMessages",
    method: "GET",
    path: Operation.path`/chat/completions/${completionId}/messages`,
    query: params
  }, options)

/**
 * `GET /chat/completions/{completion_id}/messages`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/getChatCompletionMessages
 * @example
 * const page = yield* ChatCompletionsMessages.listPage("completion_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  completionId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<
  Page<
    ChatCompletionResponseMessage & {
      readonly id: string
      readonly content_parts?:
        | ReadonlyArray<ChatCompletionRequestMessageContentPartText | ChatCompletionRequestMessageContentPartImage>
        | null
        | undefined
    }
  >,
  OpenAIError,
  OpenAIClient
> =>
  Operation.page("cursor", {
    operationId: "getChatCompletionMessages",
    method: "GET",
    path: Operation.path`/chat/completions/${completionId}/messages`,
    query: params
  }, options)
