/**
 * The `beta.threads.messages` resource of the OpenAI API: `create`, `retrieve`, `update`, `list`,
 * `listPage`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/threads
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateMessageRequest } from "./types/CreateMessageRequest.ts"
import type { DeleteMessageResponse } from "./types/DeleteMessageResponse.ts"
import type { MessageObject } from "./types/MessageObject.ts"
import type { ModifyMessageRequest } from "./types/ModifyMessageRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateMessageRequest

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly thread_id: string
}

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateParams extends ModifyMessageRequest {
  readonly thread_id: string
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
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
  readonly run_id?: string | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly thread_id: string
}

/**
 * The official SDK's name for {@link MessageObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type Message = MessageObject

/**
 * The official SDK's name for {@link DeleteMessageResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type MessageDeleted = DeleteMessageResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type MessageCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type MessageRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type MessageUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type MessageDeleteParams = DeleteParams

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageFile = NonNullable<
  import("./types/MessageContentImageFileObject.ts").MessageContentImageFileObject["image_file"]
>

/**
 * The official SDK's name for {@link MessageContentImageFileObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageFileContentBlock = import("./types/MessageContentImageFileObject.ts").MessageContentImageFileObject

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageURL = NonNullable<
  import("./types/MessageContentImageUrlObject.ts").MessageContentImageUrlObject["image_url"]
>

/**
 * The official SDK's name for {@link MessageContentImageUrlObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageURLContentBlock = import("./types/MessageContentImageUrlObject.ts").MessageContentImageUrlObject

/**
 * The official SDK's name for {@link MessageRequestContentTextObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type TextContentBlockParam = import("./types/MessageRequestContentTextObject.ts").MessageRequestContentTextObject

/**
 * `POST /threads/{thread_id}/messages`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/createMessage
 * @example
 * const message = yield* ThreadsMessages.create("thread_abc123", { role: "user", content: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  threadId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Message, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createMessage",
    method: "POST",
    path: Operation.path`/threads/${threadId}/messages`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /threads/{thread_id}/messages/{message_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/getMessage
 * @example
 * const message = yield* ThreadsMessages.retrieve("message_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  messageId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<Message, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getMessage",
    method: "GET",
    path: Operation.path`/threads/${params.thread_id}/messages/${messageId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/{thread_id}/messages/{message_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/modifyMessage
 * @example
 * const message = yield* ThreadsMessages.update("message_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  messageId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<Message, OpenAIError, OpenAIClient> => {
  const { thread_id, ...body } = params
  return Operation.json({
    operationId: "modifyMessage",
    method: "POST",
    path: Operation.path`/threads/${thread_id}/messages/${messageId}`,
    body,
    beta: "assistants=v2"
  }, options)
}

/**
 * `GET /threads/{thread_id}/messages` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/listMessages
 * @example
 * const items = yield* ThreadsMessages.list("thread_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  threadId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<Message, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listMessages",
    method: "GET",
    path: Operation.path`/threads/${threadId}/messages`,
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /threads/{thread_id}/messages`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/listMessages
 * @example
 * const page = yield* ThreadsMessages.listPage("thread_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  threadId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Message>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listMessages",
    method: "GET",
    path: Operation.path`/threads/${threadId}/messages`,
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `DELETE /threads/{thread_id}/messages/{message_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/deleteMessage
 * @example
 * const messageDeleted = yield* ThreadsMessages.delete("message_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  messageId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<MessageDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteMessage",
    method: "DELETE",
    path: Operation.path`/threads/${params.thread_id}/messages/${messageId}`,
    beta: "assistants=v2"
  }, options)

export { delete_ as delete }
