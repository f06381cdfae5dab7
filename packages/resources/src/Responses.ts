/**
 * The `responses` resource of the OpenAI API: `create`, `createStream`, `retrieve`,
 * `retrieveStream`, `delete`, `cancel`, `compact`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/responses
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CompactResource } from "./types/CompactResource.ts"
import type { CompactResponseMethodPublicBody } from "./types/CompactResponseMethodPublicBody.ts"
import type { CreateResponse } from "./types/CreateResponse.ts"
import type { IncludeEnum } from "./types/IncludeEnum.ts"
import type { Response } from "./types/Response.ts"
import type { ResponseStreamEvent } from "./types/ResponseStreamEvent.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateResponse

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
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly include?: ReadonlyArray<IncludeEnum> | undefined
  readonly stream?: boolean | undefined
  readonly starting_after?: number | undefined
  readonly include_obfuscation?: boolean | undefined
}

/**
 * The parameters of {@link compact}.
 *
 * @category params
 * @since 0.1.0
 */
export type CompactParams = CompactResponseMethodPublicBody

/**
 * The official SDK's name for {@link CompactResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type CompactedResponse = CompactResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link CompactParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseCompactParams = CompactParams

/**
 * The official SDK's name for {@link ApplyPatchToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ApplyPatchTool = import("./types/ApplyPatchToolParam.ts").ApplyPatchToolParam

/**
 * The official SDK's name for {@link CustomToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type CustomTool = import("./types/CustomToolParam.ts").CustomToolParam

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type CustomToolInputFormat = NonNullable<import("./types/CustomToolParam.ts").CustomToolParam["format"]>

/**
 * The official SDK's name for {@link FunctionShellToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type FunctionShellTool = import("./types/FunctionShellToolParam.ts").FunctionShellToolParam

/**
 * The official SDK's name for {@link NamespaceToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type NamespaceTool = import("./types/NamespaceToolParam.ts").NamespaceToolParam

/**
 * The official SDK's name for {@link ConversationParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseConversationParam = import("./types/ConversationParam.ts").ConversationParam

/**
 * The official SDK's name for {@link ResponseFormatJsonObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatJSONObject = import("./types/ResponseFormatJsonObject.ts").ResponseFormatJsonObject

/**
 * The official SDK's name for {@link TextResponseFormatConfiguration}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatTextConfig =
  import("./types/TextResponseFormatConfiguration.ts").TextResponseFormatConfiguration

/**
 * The official SDK's name for {@link TextResponseFormatJsonSchema}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseFormatTextJSONSchemaConfig =
  import("./types/TextResponseFormatJsonSchema.ts").TextResponseFormatJsonSchema

/**
 * The official SDK's name for {@link IncludeEnum}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseIncludable = import("./types/IncludeEnum.ts").IncludeEnum

/**
 * The official SDK's name for {@link InputItem}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseInputItem = import("./types/InputItem.ts").InputItem

/**
 * The official SDK's name for {@link ResponseTextParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponseTextConfig = import("./types/ResponseTextParam.ts").ResponseTextParam

/**
 * The official SDK's name for {@link ModelIdsResponses}.
 *
 * @category params
 * @since 0.1.0
 */
export type ResponsesModel = import("./types/ModelIdsResponses.ts").ModelIdsResponses

/**
 * The official SDK's name for {@link SpecificApplyPatchParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ToolChoiceApplyPatch = import("./types/SpecificApplyPatchParam.ts").SpecificApplyPatchParam

/**
 * The official SDK's name for {@link ToolChoiceMCP}.
 *
 * @category params
 * @since 0.1.0
 */
export type ToolChoiceMcp = import("./types/ToolChoiceMCP.ts").ToolChoiceMCP

/**
 * The official SDK's name for {@link SpecificFunctionShellParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ToolChoiceShell = import("./types/SpecificFunctionShellParam.ts").SpecificFunctionShellParam

/**
 * The official SDK's name for {@link ToolSearchToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type ToolSearchTool = import("./types/ToolSearchToolParam.ts").ToolSearchToolParam

/**
 * The official SDK's name for {@link ComputerTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ComputerTool } from "./types/ComputerTool.ts"

/**
 * The official SDK's name for {@link ComputerUsePreviewTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ComputerUsePreviewTool } from "./types/ComputerUsePreviewTool.ts"

/**
 * The official SDK's name for {@link FileSearchTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { FileSearchTool } from "./types/FileSearchTool.ts"

/**
 * The official SDK's name for {@link FunctionTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { FunctionTool } from "./types/FunctionTool.ts"

/**
 * The official SDK's name for {@link Reasoning}.
 *
 * @category params
 * @since 0.1.0
 */
export type { Reasoning } from "./types/Reasoning.ts"

/**
 * The official SDK's name for {@link ResponseFormatText}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ResponseFormatText } from "./types/ResponseFormatText.ts"

/**
 * The official SDK's name for {@link Tool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { Tool } from "./types/Tool.ts"

/**
 * The official SDK's name for {@link ToolChoiceAllowed}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceAllowed } from "./types/ToolChoiceAllowed.ts"

/**
 * The official SDK's name for {@link ToolChoiceCustom}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceCustom } from "./types/ToolChoiceCustom.ts"

/**
 * The official SDK's name for {@link ToolChoiceFunction}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceFunction } from "./types/ToolChoiceFunction.ts"

/**
 * The official SDK's name for {@link ToolChoiceOptions}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceOptions } from "./types/ToolChoiceOptions.ts"

/**
 * The official SDK's name for {@link ToolChoiceTypes}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceTypes } from "./types/ToolChoiceTypes.ts"

/**
 * The official SDK's name for {@link WebSearchPreviewTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { WebSearchPreviewTool } from "./types/WebSearchPreviewTool.ts"

/**
 * The official SDK's name for {@link WebSearchTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { WebSearchTool } from "./types/WebSearchTool.ts"

/**
 * `POST /responses`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/create
 * @example
 * const result = yield* Responses.create({ model: "gpt-4o", input: "Write a haiku about the sea." })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams & {
    /** Never `true` here: call {@link createStream} to stream. */
    readonly stream?: false | null | CallCreateStreamToStream | undefined
  } = {},
  options?: RequestOptions
): Effect.Effect<Response, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createResponse", method: "POST", path: "/responses", body: params }, options)

/**
 * `POST /responses` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/create
 * @example
 * yield* Responses.createStream({ model: "gpt-4o", input: "Write a haiku about the sea." }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createStream = (
  params: CreateParams & {
    /** Always `true` here: call {@link create} for one result. */
    readonly stream?: true | CallCreateForOneResult | undefined
  } = {},
  options?: RequestOptions
): Stream.Stream<ResponseStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createResponse",
    method: "POST",
    path: "/responses",
    body: { ...params, stream: true }
  }, options)

/**
 * `GET /responses/{response_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/getResponse
 * @example
 * const result = yield* Responses.retrieve("resp_677efb5139a88190b512bc3fef8e535d")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  responseId: string,
  params?: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<Response, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getResponse",
    method: "GET",
    path: Operation.path`/responses/${responseId}`,
    query: params
  }, options)

/**
 * `GET /responses/{response_id}` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/getResponse
 * @example
 * yield* Responses.retrieveStream("resp_677efb5139a88190b512bc3fef8e535d").pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const retrieveStream = (
  responseId: string,
  params?: RetrieveParams,
  options?: RequestOptions
): Stream.Stream<ResponseStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "getResponse",
    method: "GET",
    path: Operation.path`/responses/${responseId}`,
    query: { ...params, stream: true }
  }, options)

/**
 * `DELETE /responses/{response_id}`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/deleteResponse
 * @example
 * yield* Responses.delete("resp_677efb5139a88190b512bc3fef8e535d")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (responseId: string, options?: RequestOptions): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty(
    { operationId: "deleteResponse", method: "DELETE", path: Operation.path`/responses/${responseId}` },
    options
  )

/**
 * `POST /responses/{response_id}/cancel`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/cancelResponse
 * @example
 * const result = yield* Responses.cancel("resp_677efb5139a88190b512bc3fef8e535d")
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  responseId: string,
  options?: RequestOptions
): Effect.Effect<Response, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "cancelResponse",
    method: "POST",
    path: Operation.path`/responses/${responseId}/cancel`
  }, options)

/**
 * `POST /responses/compact`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/Compactconversation
 * @example
 * const compactedResponse = yield* Responses.compact({ model: "o1-pro" })
 * @category operations
 * @since 0.1.0
 */
export const compact = (
  params: CompactParams,
  options?: RequestOptions
): Effect.Effect<CompactedResponse, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "Compactconversation", method: "POST", path: "/responses/compact", body: params },
    options
  )

export { delete_ as delete }
