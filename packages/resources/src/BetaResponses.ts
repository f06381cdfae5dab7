/**
 * The `beta.responses` resource of the OpenAI API: `create`, `createStream`, `retrieve`,
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
import type { BetaCompactResource } from "./types/BetaCompactResource.ts"
import type { BetaCompactResponseMethodPublicBody } from "./types/BetaCompactResponseMethodPublicBody.ts"
import type { BetaCreateResponse } from "./types/BetaCreateResponse.ts"
import type { BetaIncludeEnum } from "./types/BetaIncludeEnum.ts"
import type { BetaResponse } from "./types/BetaResponse.ts"
import type { BetaResponseStreamEvent } from "./types/BetaResponseStreamEvent.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CreateParams extends BetaCreateResponse {
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

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
  readonly include?: ReadonlyArray<BetaIncludeEnum> | undefined
  readonly stream?: boolean | undefined
  readonly starting_after?: number | undefined
  readonly include_obfuscation?: boolean | undefined
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

/**
 * The parameters of {@link cancel}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CancelParams {
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

/**
 * The parameters of {@link compact}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CompactParams extends BetaCompactResponseMethodPublicBody {
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

/**
 * The official SDK's name for {@link BetaCompactResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type BetaCompactedResponse = BetaCompactResource

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
 * The official SDK's name for {@link BetaApplyPatchToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaApplyPatchTool = import("./types/BetaApplyPatchToolParam.ts").BetaApplyPatchToolParam

/**
 * The official SDK's name for {@link BetaCustomToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaCustomTool = import("./types/BetaCustomToolParam.ts").BetaCustomToolParam

/**
 * The official SDK's name for {@link BetaFunctionShellToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaFunctionShellTool = import("./types/BetaFunctionShellToolParam.ts").BetaFunctionShellToolParam

/**
 * The official SDK's name for {@link BetaNamespaceToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaNamespaceTool = import("./types/BetaNamespaceToolParam.ts").BetaNamespaceToolParam

/**
 * The official SDK's name for {@link BetaConversationParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaResponseConversationParam = import("./types/BetaConversationParam.ts").BetaConversationParam

/**
 * The official SDK's name for {@link BetaTextResponseFormatConfiguration}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaResponseFormatTextConfig =
  import("./types/BetaTextResponseFormatConfiguration.ts").BetaTextResponseFormatConfiguration

/**
 * The official SDK's name for {@link BetaTextResponseFormatJsonSchema}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaResponseFormatTextJSONSchemaConfig =
  import("./types/BetaTextResponseFormatJsonSchema.ts").BetaTextResponseFormatJsonSchema

/**
 * The official SDK's name for {@link BetaIncludeEnum}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaResponseIncludable = import("./types/BetaIncludeEnum.ts").BetaIncludeEnum

/**
 * The official SDK's name for {@link BetaInputItem}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaResponseInputItem = import("./types/BetaInputItem.ts").BetaInputItem

/**
 * The official SDK's name for {@link BetaResponseTextParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaResponseTextConfig = import("./types/BetaResponseTextParam.ts").BetaResponseTextParam

/**
 * The official SDK's name for {@link BetaSpecificApplyPatchParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaToolChoiceApplyPatch = import("./types/BetaSpecificApplyPatchParam.ts").BetaSpecificApplyPatchParam

/**
 * The official SDK's name for {@link BetaToolChoiceMCP}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaToolChoiceMcp = import("./types/BetaToolChoiceMCP.ts").BetaToolChoiceMCP

/**
 * The official SDK's name for {@link BetaSpecificFunctionShellParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaToolChoiceShell = import("./types/BetaSpecificFunctionShellParam.ts").BetaSpecificFunctionShellParam

/**
 * The official SDK's name for {@link BetaToolSearchToolParam}.
 *
 * @category params
 * @since 0.1.0
 */
export type BetaToolSearchTool = import("./types/BetaToolSearchToolParam.ts").BetaToolSearchToolParam

/**
 * The official SDK's name for {@link BetaComputerTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaComputerTool } from "./types/BetaComputerTool.ts"

/**
 * The official SDK's name for {@link BetaComputerUsePreviewTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaComputerUsePreviewTool } from "./types/BetaComputerUsePreviewTool.ts"

/**
 * The official SDK's name for {@link BetaFileSearchTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaFileSearchTool } from "./types/BetaFileSearchTool.ts"

/**
 * The official SDK's name for {@link BetaFunctionTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaFunctionTool } from "./types/BetaFunctionTool.ts"

/**
 * The official SDK's name for {@link BetaTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaTool } from "./types/BetaTool.ts"

/**
 * The official SDK's name for {@link BetaToolChoiceAllowed}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaToolChoiceAllowed } from "./types/BetaToolChoiceAllowed.ts"

/**
 * The official SDK's name for {@link BetaToolChoiceCustom}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaToolChoiceCustom } from "./types/BetaToolChoiceCustom.ts"

/**
 * The official SDK's name for {@link BetaToolChoiceFunction}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaToolChoiceFunction } from "./types/BetaToolChoiceFunction.ts"

/**
 * The official SDK's name for {@link BetaToolChoiceOptions}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaToolChoiceOptions } from "./types/BetaToolChoiceOptions.ts"

/**
 * The official SDK's name for {@link BetaToolChoiceTypes}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaToolChoiceTypes } from "./types/BetaToolChoiceTypes.ts"

/**
 * The official SDK's name for {@link BetaWebSearchPreviewTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaWebSearchPreviewTool } from "./types/BetaWebSearchPreviewTool.ts"

/**
 * The official SDK's name for {@link BetaWebSearchTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { BetaWebSearchTool } from "./types/BetaWebSearchTool.ts"

/**
 * `POST /responses?beta=true`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/create
 * @example
 * const betaResponse = yield* BetaResponses.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams & {
    /** Never `true` here: call {@link createStream} to stream. */
    readonly stream?: false | null | CallCreateStreamToStream | undefined
  } = {},
  options?: RequestOptions
): Effect.Effect<BetaResponse, OpenAIError, OpenAIClient> => {
  const { betas, ...body } = params
  return Operation.json({
    operationId: "beta_createResponse",
    method: "POST",
    path: "/responses",
    query: { beta: "true" },
    body,
    beta: betas?.join(",")
  }, options)
}

/**
 * `POST /responses?beta=true` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/create
 * @example
 * yield* BetaResponses.createStream().pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createStream = (
  params: CreateParams & {
    /** Always `true` here: call {@link create} for one result. */
    readonly stream?: true | CallCreateForOneResult | undefined
  } = {},
  options?: RequestOptions
): Stream.Stream<BetaResponseStreamEvent, OpenAIError, OpenAIClient> => {
  const { betas, ...body } = params
  return Operation.sse({
    operationId: "beta_createResponse",
    method: "POST",
    path: "/responses",
    query: { beta: "true" },
    body: { ...body, stream: true },
    beta: betas?.join(",")
  }, options)
}

/**
 * `GET /responses/{response_id}?beta=true`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_getResponse
 * @example
 * const betaResponse = yield* BetaResponses.retrieve("resp_677efb5139a88190b512bc3fef8e535d")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  responseId: string,
  params: RetrieveParams = {},
  options?: RequestOptions
): Effect.Effect<BetaResponse, OpenAIError, OpenAIClient> => {
  const { betas, ...query } = params
  return Operation.json({
    operationId: "beta_getResponse",
    method: "GET",
    path: Operation.path`/responses/${responseId}`,
    query: { ...query, beta: "true" },
    beta: betas?.join(",")
  }, options)
}

/**
 * `GET /responses/{response_id}?beta=true` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_getResponse
 * @example
 * yield* BetaResponses.retrieveStream("resp_677efb5139a88190b512bc3fef8e535d").pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const retrieveStream = (
  responseId: string,
  params: RetrieveParams = {},
  options?: RequestOptions
): Stream.Stream<BetaResponseStreamEvent, OpenAIError, OpenAIClient> => {
  const { betas, ...query } = params
  return Operation.sse({
    operationId: "beta_getResponse",
    method: "GET",
    path: Operation.path`/responses/${responseId}`,
    query: { ...query, beta: "true", stream: true },
    beta: betas?.join(",")
  }, options)
}

/**
 * `DELETE /responses/{response_id}?beta=true`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_deleteResponse
 * @example
 * yield* BetaResponses.delete("resp_677efb5139a88190b512bc3fef8e535d")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  responseId: string,
  params: DeleteParams = {},
  options?: RequestOptions
): Effect.Effect<void, OpenAIError, OpenAIClient> => {
  const { betas } = params
  return Operation.empty({
    operationId: "beta_deleteResponse",
    method: "DELETE",
    path: Operation.path`/responses/${responseId}`,
    query: { beta: "true" },
    beta: betas?.join(",")
  }, options)
}

/**
 * `POST /responses/{response_id}/cancel?beta=true`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_cancelResponse
 * @example
 * const betaResponse = yield* BetaResponses.cancel("resp_677efb5139a88190b512bc3fef8e535d")
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  responseId: string,
  params: CancelParams = {},
  options?: RequestOptions
): Effect.Effect<BetaResponse, OpenAIError, OpenAIClient> => {
  const { betas } = params
  return Operation.json({
    operationId: "beta_cancelResponse",
    method: "POST",
    path: Operation.path`/responses/${responseId}/cancel`,
    query: { beta: "true" },
    beta: betas?.join(",")
  }, options)
}

/**
 * `POST /responses/compact?beta=true`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_Compactconversation
 * @example
 * const betaCompactedResponse = yield* BetaResponses.compact({ model: "o1-pro" })
 * @category operations
 * @since 0.1.0
 */
export const compact = (
  params: CompactParams,
  options?: RequestOptions
): Effect.Effect<BetaCompactedResponse, OpenAIError, OpenAIClient> => {
  const { betas, ...body } = params
  return Operation.json({
    operationId: "beta_Compactconversation",
    method: "POST",
    path: "/responses/compact",
    query: { beta: "true" },
    body,
    beta: betas?.join(",")
  }, options)
}

export { delete_ as delete }
