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
 * `POST /responses`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/create
 * @example
 * const result = yield* Responses.create({ model: "gpt-4o", input: "Write a haiku about the sea." })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: Omit<CreateParams, "stream"> & {
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
  params: Omit<CreateParams, "stream"> & {
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
