/**
 * The `conversations.items` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`,
 * `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { ConversationItem } from "./types/ConversationItem.ts"
import type { ConversationItemList } from "./types/ConversationItemList.ts"
import type { ConversationResource } from "./types/ConversationResource.ts"
import type { IncludeEnum } from "./types/IncludeEnum.ts"
import type { InputItem } from "./types/InputItem.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CreateParams {
  /** @maxItems 20 */
  readonly items: ReadonlyArray<InputItem>
  readonly include?: ReadonlyArray<IncludeEnum> | undefined
}

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly conversation_id: string
  readonly include?: ReadonlyArray<IncludeEnum> | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly include?: ReadonlyArray<IncludeEnum> | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly conversation_id: string
}

/**
 * The official SDK's name for {@link ConversationResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type Conversation = ConversationResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ItemCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ItemRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ItemDeleteParams = DeleteParams

/**
 * The official SDK's name for {@link InputItem}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseInputItem = import("./types/InputItem.ts").InputItem

/**
 * `POST /conversations/{conversation_id}/items`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/create-item
 * @example
 * const conversationItemList = yield* ConversationsItems.create("conv_123", { items: [{ type: "compaction_trigger" }] })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  conversationId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ConversationItemList, OpenAIError, OpenAIClient> => {
  const { include, ...body } = params
  return Operation.json({
    operationId: "createConversationItems",
    method: "POST",
    path: Operation.path`/conversations/${conversationId}/items`,
    query: { include },
    body
  }, options)
}

/**
 * `GET /conversations/{conversation_id}/items/{item_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/get-item
 * @example
 * const conversationItem = yield* ConversationsItems.retrieve("msg_abc", { conversation_id: "conv_123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  itemId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<ConversationItem, OpenAIError, OpenAIClient> => {
  const { conversation_id, ...query } = params
  return Operation.json({
    operationId: "getConversationItem",
    method: "GET",
    path: Operation.path`/conversations/${conversation_id}/items/${itemId}`,
    query
  }, options)
}

/**
 * `GET /conversations/{conversation_id}/items` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/list-items
 * @example
 * const items = yield* ConversationsItems.list("conv_123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  conversationId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ConversationItem, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "listConversationItems",
    method: "GET",
    path: Operation.path`/conversations/${conversationId}/items`,
    query: params
  }, options)

/**
 * `GET /conversations/{conversation_id}/items`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/list-items
 * @example
 * const page = yield* ConversationsItems.listPage("conv_123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  conversationId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ConversationItem>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "listConversationItems",
    method: "GET",
    path: Operation.path`/conversations/${conversationId}/items`,
    query: params
  }, options)

/**
 * `DELETE /conversations/{conversation_id}/items/{item_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/delete-item
 * @example
 * const conversation = yield* ConversationsItems.delete("msg_abc", { conversation_id: "conv_123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  itemId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<Conversation, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteConversationItem",
    method: "DELETE",
    path: Operation.path`/conversations/${params.conversation_id}/items/${itemId}`
  }, options)

export { delete_ as delete }
