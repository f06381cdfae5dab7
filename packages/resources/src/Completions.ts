/**
 * The `completions` resource of the OpenAI API: `create`, `createStream`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/completions
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateCompletionRequest } from "./types/CreateCompletionRequest.ts"
import type { CreateCompletionResponse } from "./types/CreateCompletionResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateCompletionRequest

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
 * The official SDK's name for {@link CreateCompletionResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type Completion = CreateCompletionResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CompletionCreateParams = CreateParams

/**
 * `POST /completions`.
 *
 * @see https://platform.openai.com/docs/api-reference/completions/createCompletion
 * @example
 * const completion = yield* Completions.create({ model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams & {
    /** Never `true` here: call {@link createStream} to stream. */
    readonly stream?: false | null | CallCreateStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<Completion, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createCompletion", method: "POST", path: "/completions", body: params }, options)

/**
 * `POST /completions` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/completions/createCompletion
 * @example
 * yield* Completions.createStream({ model: "gpt-3.5-turbo-instruct", prompt: "Say this is a test" }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createStream = (
  params: CreateParams & {
    /** Always `true` here: call {@link create} for one result. */
    readonly stream?: true | CallCreateForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<CreateCompletionResponse, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createCompletion",
    method: "POST",
    path: "/completions",
    body: { ...params, stream: true }
  }, options)
