/**
 * The `conversations` resource of the OpenAI API: `create`, `retrieve`, `update`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { ConversationResource } from "./types/ConversationResource.ts"
import type { CreateConversationBody } from "./types/CreateConversationBody.ts"
import type { DeletedConversationResource } from "./types/DeletedConversationResource.ts"
import type { UpdateConversationBody } from "./types/UpdateConversationBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateConversationBody

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateConversationBody

/**
 * The official SDK's name for {@link ConversationResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type Conversation = ConversationResource

/**
 * The official SDK's name for {@link DeletedConversationResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ConversationDeletedResource = DeletedConversationResource

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ConversationUpdateParams = UpdateParams

/**
 * `POST /conversations`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/create
 * @example
 * const conversation = yield* Conversations.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<Conversation, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createConversation", method: "POST", path: "/conversations", body: params }, options)

/**
 * `GET /conversations/{conversation_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/retrieve
 * @example
 * const conversation = yield* Conversations.retrieve("conv_123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  conversationId: string,
  options?: RequestOptions
): Effect.Effect<Conversation, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getConversation",
    method: "GET",
    path: Operation.path`/conversations/${conversationId}`
  }, options)

/**
 * `POST /conversations/{conversation_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/update
 * @example
 * const conversation = yield* Conversations.update("conv_123", { metadata: {} })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  conversationId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<Conversation, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "updateConversation",
    method: "POST",
    path: Operation.path`/conversations/${conversationId}`,
    body: params
  }, options)

/**
 * `DELETE /conversations/{conversation_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/conversations/delete
 * @example
 * const conversationDeletedResource = yield* Conversations.delete("conv_123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  conversationId: string,
  options?: RequestOptions
): Effect.Effect<ConversationDeletedResource, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteConversation",
    method: "DELETE",
    path: Operation.path`/conversations/${conversationId}`
  }, options)

export { delete_ as delete }
