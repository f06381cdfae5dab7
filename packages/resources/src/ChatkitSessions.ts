/**
 * The `beta.chatkit.sessions` resource of the OpenAI API: `create`, `cancel`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { ChatSessionResource } from "./types/ChatSessionResource.ts"
import type { CreateChatSessionBody } from "./types/CreateChatSessionBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateChatSessionBody

/**
 * The official SDK's name for {@link ChatSessionResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ChatSession = ChatSessionResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type SessionCreateParams = CreateParams

/**
 * The official SDK's name for {@link ChatkitConfigurationParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatSessionChatKitConfigurationParam =
  import("./types/ChatkitConfigurationParam.ts").ChatkitConfigurationParam

/**
 * The official SDK's name for {@link ExpiresAfterParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatSessionExpiresAfterParam = import("./types/ExpiresAfterParam.ts").ExpiresAfterParam

/**
 * The official SDK's name for {@link RateLimitsParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatSessionRateLimitsParam = import("./types/RateLimitsParam.ts").RateLimitsParam

/**
 * The official SDK's name for {@link WorkflowParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatSessionWorkflowParam = import("./types/WorkflowParam.ts").WorkflowParam

/**
 * `POST /chatkit/sessions`.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/sessions/create object.
 * @example
 * const chatSession = yield* ChatkitSessions.create({ workflow: { id: "example" }, user: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ChatSession, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateChatSessionMethod",
    method: "POST",
    path: "/chatkit/sessions",
    body: params,
    beta: "chatkit_beta=v1"
  }, options)

/**
 * `POST /chatkit/sessions/{session_id}/cancel`.
 *
 * Sends `OpenAI-Beta: chatkit_beta=v1`.
 *
 * @see https://platform.openai.com/docs/api-reference/chatkit/cancel-session new requests from using the issued client secret.
 * @example
 * const chatSession = yield* ChatkitSessions.cancel("cksess_123")
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  sessionId: string,
  options?: RequestOptions
): Effect.Effect<ChatSession, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CancelChatSessionMethod",
    method: "POST",
    path: Operation.path`/chatkit/sessions/${sessionId}/cancel`,
    beta: "chatkit_beta=v1"
  }, options)
