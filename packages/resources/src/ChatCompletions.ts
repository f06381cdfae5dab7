/**
 * The `chat.completions` resource of the OpenAI API: `create`, `createStream`, `retrieve`,
 * `update`, `list`, `listPage`, `delete`.
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
import type { ChatCompletionDeleted } from "./types/ChatCompletionDeleted.ts"
import type { CreateChatCompletionRequest } from "./types/CreateChatCompletionRequest.ts"
import type { CreateChatCompletionResponse } from "./types/CreateChatCompletionResponse.ts"
import type { CreateChatCompletionStreamResponse } from "./types/CreateChatCompletionStreamResponse.ts"
import type { Metadata } from "./types/Metadata.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateChatCompletionRequest

/**
 * `create` returns one result: `stream: true` is `createStream`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallCreateStreamToStream {
  readonly "~call createStream": never
}

/**
 * `createStream` always streams: `stream: false` is `create`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallCreateForOneResult {
  readonly "~call create": never
}

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateParams {
  readonly metadata: Metadata
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly model?: string | undefined
  readonly metadata?: Metadata | undefined
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * The official SDK's name for {@link CreateChatCompletionResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ChatCompletion = CreateChatCompletionResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link ChatCompletionAllowedToolsChoice}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionAllowedToolChoice =
  import("./types/ChatCompletionAllowedToolsChoice.ts").ChatCompletionAllowedToolsChoice

/**
 * The official SDK's name for {@link ChatCompletionRequestAssistantMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionAssistantMessageParam =
  import("./types/ChatCompletionRequestAssistantMessage.ts").ChatCompletionRequestAssistantMessage

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionAudioParam = NonNullable<
  import("./types/CreateChatCompletionRequest.ts").CreateChatCompletionRequest["audio"]
>

/**
 * The official SDK's name for {@link ChatCompletionRequestUserMessageContentPart}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionContentPart =
  import("./types/ChatCompletionRequestUserMessageContentPart.ts").ChatCompletionRequestUserMessageContentPart

/**
 * The official SDK's name for {@link ChatCompletionRequestMessageContentPartImage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionContentPartImage =
  import("./types/ChatCompletionRequestMessageContentPartImage.ts").ChatCompletionRequestMessageContentPartImage

/**
 * The official SDK's name for {@link ChatCompletionRequestMessageContentPartAudio}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionContentPartInputAudio =
  import("./types/ChatCompletionRequestMessageContentPartAudio.ts").ChatCompletionRequestMessageContentPartAudio

/**
 * The official SDK's name for {@link CustomToolChatCompletions}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionCustomTool = import("./types/CustomToolChatCompletions.ts").CustomToolChatCompletions

/**
 * The official SDK's name for {@link ChatCompletionRequestDeveloperMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionDeveloperMessageParam =
  import("./types/ChatCompletionRequestDeveloperMessage.ts").ChatCompletionRequestDeveloperMessage

/**
 * The official SDK's name for {@link ChatCompletionRequestFunctionMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionFunctionMessageParam =
  import("./types/ChatCompletionRequestFunctionMessage.ts").ChatCompletionRequestFunctionMessage

/**
 * The official SDK's name for {@link ChatCompletionTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionFunctionTool = import("./types/ChatCompletionTool.ts").ChatCompletionTool

/**
 * The official SDK's name for {@link ChatCompletionMessageToolCall}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionMessageFunctionToolCall =
  import("./types/ChatCompletionMessageToolCall.ts").ChatCompletionMessageToolCall

/**
 * The official SDK's name for {@link ChatCompletionRequestMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionMessageParam = import("./types/ChatCompletionRequestMessage.ts").ChatCompletionRequestMessage

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionMessageToolCall = Extract<
  NonNullable<
    import("./types/ChatCompletionRequestAssistantMessage.ts").ChatCompletionRequestAssistantMessage["tool_calls"]
  >,
  ReadonlyArray<unknown>
>[number]

/**
 * The official SDK's name for {@link PredictionContent}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionPredictionContent = import("./types/PredictionContent.ts").PredictionContent

/**
 * The official SDK's name for {@link ChatCompletionRequestSystemMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionSystemMessageParam =
  import("./types/ChatCompletionRequestSystemMessage.ts").ChatCompletionRequestSystemMessage

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionTool = Extract<
  NonNullable<import("./types/CreateChatCompletionRequest.ts").CreateChatCompletionRequest["tools"]>,
  ReadonlyArray<unknown>
>[number]

/**
 * The official SDK's name for {@link ChatCompletionRequestToolMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionToolMessageParam =
  import("./types/ChatCompletionRequestToolMessage.ts").ChatCompletionRequestToolMessage

/**
 * The official SDK's name for {@link ChatCompletionRequestUserMessage}.
 *
 * @category params
 * @since 0.1.0
 */
export type ChatCompletionUserMessageParam =
  import("./types/ChatCompletionRequestUserMessage.ts").ChatCompletionRequestUserMessage

/**
 * The official SDK's name for {@link FunctionObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type FunctionDefinition = import("./types/FunctionObject.ts").FunctionObject

/**
 * The official SDK's name for {@link ResponseFormatJsonObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatJSONObject = import("./types/ResponseFormatJsonObject.ts").ResponseFormatJsonObject

/**
 * The official SDK's name for {@link ResponseFormatJsonSchema}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatJSONSchema = import("./types/ResponseFormatJsonSchema.ts").ResponseFormatJsonSchema

/**
 * The official SDK's name for {@link ChatCompletionAllowedTools}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ChatCompletionAllowedTools } from "./types/ChatCompletionAllowedTools.ts"

/**
 * The official SDK's name for {@link ChatCompletionFunctionCallOption}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ChatCompletionFunctionCallOption } from "./types/ChatCompletionFunctionCallOption.ts"

/**
 * The official SDK's name for {@link ChatCompletionMessageCustomToolCall}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ChatCompletionMessageCustomToolCall } from "./types/ChatCompletionMessageCustomToolCall.ts"

/**
 * The official SDK's name for {@link ChatCompletionNamedToolChoice}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ChatCompletionNamedToolChoice } from "./types/ChatCompletionNamedToolChoice.ts"

/**
 * The official SDK's name for {@link ChatCompletionNamedToolChoiceCustom}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ChatCompletionNamedToolChoiceCustom } from "./types/ChatCompletionNamedToolChoiceCustom.ts"

/**
 * The official SDK's name for {@link ChatCompletionToolChoiceOption}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ChatCompletionToolChoiceOption } from "./types/ChatCompletionToolChoiceOption.ts"

/**
 * The official SDK's name for {@link FunctionParameters}.
 *
 * @category params
 * @since 0.1.0
 */
export type { FunctionParameters } from "./types/FunctionParameters.ts"

/**
 * The official SDK's name for {@link ResponseFormatText}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ResponseFormatText } from "./types/ResponseFormatText.ts"

/**
 * `POST /chat/completions`.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/create
 * @example
 * const chatCompletion = yield* ChatCompletions.create({
 *   model: "gpt-4o",
 *   messages: [{ role: "user", content: "Hello!" }]
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams & {
    /** Never `true` here: call {@link createStream} to stream. */
    readonly stream?: false | null | CallCreateStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<ChatCompletion, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "createChatCompletion", method: "POST", path: "/chat/completions", body: params },
    options
  )

/**
 * `POST /chat/completions` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/create
 * @example
 * yield* ChatCompletions.createStream({ model: "gpt-4o", messages: [{ role: "user", content: "Hello!" }] }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createStream = (
  params: CreateParams & {
    /** Always `true` here: call {@link create} for one result. */
    readonly stream?: true | CallCreateForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<CreateChatCompletionStreamResponse, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createChatCompletion",
    method: "POST",
    path: "/chat/completions",
    body: { ...params, stream: true }
  }, options)

/**
 * `GET /chat/completions/{completion_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/getChatCompletion
 * @example
 * const chatCompletion = yield* ChatCompletions.retrieve("completion_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  completionId: string,
  options?: RequestOptions
): Effect.Effect<ChatCompletion, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getChatCompletion",
    method: "GET",
    path: Operation.path`/chat/completions/${completionId}`
  }, options)

/**
 * `POST /chat/completions/{completion_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/updateChatCompletion
 * @example
 * const chatCompletion = yield* ChatCompletions.update("completion_abc123", { metadata: {} })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  completionId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ChatCompletion, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "updateChatCompletion",
    method: "POST",
    path: Operation.path`/chat/completions/${completionId}`,
    body: params
  }, options)

/**
 * `GET /chat/completions` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/list
 * @example
 * const items = yield* ChatCompletions.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ChatCompletion, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listChatCompletions",
    method: "GET",
    path: "/chat/completions",
    query: params
  }, options)

/**
 * `GET /chat/completions`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/list
 * @example
 * const page = yield* ChatCompletions.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ChatCompletion>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listChatCompletions",
    method: "GET",
    path: "/chat/completions",
    query: params
  }, options)

/**
 * `DELETE /chat/completions/{completion_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/chat/deleteChatCompletion
 * @example
 * const chatCompletionDeleted = yield* ChatCompletions.delete("completion_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  completionId: string,
  options?: RequestOptions
): Effect.Effect<ChatCompletionDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteChatCompletion",
    method: "DELETE",
    path: Operation.path`/chat/completions/${completionId}`
  }, options)

export { delete_ as delete }
