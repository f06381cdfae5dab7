/**
 * The `beta.chatkit.threads` resource of the OpenAI API: `retrieve`, `list`, `listPage`, `delete`,
 * `listItems`, `listItemsPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { DeletedThreadResource } from "./types/DeletedThreadResource.ts"
import type { OrderEnum } from "./types/OrderEnum.ts"
import type { ThreadItem } from "./types/ThreadItem.ts"
import type { ThreadResource } from "./types/ThreadResource.ts"

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /**
   * @minimum 0
   * @maximum 100
   */
  readonly limit?: number | undefined
  readonly order?: OrderEnum | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
  /**
   * @minLength 1
   * @maxLength 512
   */
  readonly user?: string | undefined
}

/**
 * The parameters of {@link listItems}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListItemsParams {
  /**
   * @minimum 0
   * @maximum 100
   */
  readonly limit?: number | undefined
  readonly order?: OrderEnum | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
}

/**
 * The official SDK's name for {@link ThreadResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ChatKitThread = ThreadResource

/**
 * The official SDK's name for {@link DeletedThreadResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ThreadDeleteResponse = DeletedThreadResource

/**
 * `GET /chatkit/threads/{thread_id}`.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/retrieve
 * @example
 * const chatKitThread = yield* ChatkitThreads.retrieve("cthr_123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  threadId: string,
  options?: RequestOptions
): Effect.Effect<ChatKitThread, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "GetThreadMethod",
    method: "GET",
    path: Operation.path`/chatkit/threads/${threadId}`,
    beta: "chatkit_beta=v1"
  }, options)

/**
 * `GET /chatkit/threads` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/list-threads scope.
 * @example
 * const items = yield* ChatkitThreads.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ChatKitThread, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "ListThreadsMethod",
    method: "GET",
    path: "/chatkit/threads",
    query: params,
    beta: "chatkit_beta=v1"
  }, options)

/**
 * `GET /chatkit/threads`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/list-threads scope.
 * @example
 * const page = yield* ChatkitThreads.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ChatKitThread>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "ListThreadsMethod",
    method: "GET",
    path: "/chatkit/threads",
    query: params,
    beta: "chatkit_beta=v1"
  }, options)

/**
 * `DELETE /chatkit/threads/{thread_id}`.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/delete
 * @example
 * const threadDeleteResponse = yield* ChatkitThreads.delete("cthr_123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  threadId: string,
  options?: RequestOptions
): Effect.Effect<ThreadDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "DeleteThreadMethod",
    method: "DELETE",
    path: Operation.path`/chatkit/threads/${threadId}`,
    beta: "chatkit_beta=v1"
  }, options)

/**
 * `GET /chatkit/threads/{thread_id}/items` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/list-items for the specified thread.
 * @example
 * const items = yield* ChatkitThreads.listItems("cthr_123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const listItems = (
  threadId: string,
  params?: ListItemsParams,
  options?: RequestOptions
): Stream.Stream<ThreadItem, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "ListThreadItemsMethod",
    method: "GET",
    path: Operation.path`/chatkit/threads/${threadId}/items`,
    query: params,
    beta: "chatkit_beta=v1"
  }, options)

/**
 * `GET /chatkit/threads/{thread_id}/items`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/threads/list-items for the specified thread.
 * @example
 * const page = yield* ChatkitThreads.listItemsPage("cthr_123")
 * @category operations
 * @since 0.1.0
 */
export const listItemsPage = (
  threadId: string,
  params?: ListItemsParams,
  options?: RequestOptions
): Effect.Effect<Page<ThreadItem>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "ListThreadItemsMethod",
    method: "GET",
    path: Operation.path`/chatkit/threads/${threadId}/items`,
    query: params,
    beta: "chatkit_beta=v1"
  }, options)

export { delete_ as delete }
