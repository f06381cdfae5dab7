/**
 * The `audio.transcriptions` resource of the OpenAI API: `create`, `createStream`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/audio
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateTranscriptionRequest } from "./types/CreateTranscriptionRequest.ts"
import type { CreateTranscriptionResponseDiarizedJson } from "./types/CreateTranscriptionResponseDiarizedJson.ts"
import type { CreateTranscriptionResponseJson } from "./types/CreateTranscriptionResponseJson.ts"
import type { CreateTranscriptionResponseStreamEvent } from "./types/CreateTranscriptionResponseStreamEvent.ts"
import type { CreateTranscriptionResponseVerboseJson } from "./types/CreateTranscriptionResponseVerboseJson.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateTranscriptionRequest

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
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type TranscriptionCreateParams = CreateParams

/**
 * The official SDK's name for {@link TranscriptionInclude}.
 *
 * @category params
 * @since 0.1.0
 */
export type { TranscriptionInclude } from "./types/TranscriptionInclude.ts"

/**
 * `POST /audio/transcriptions`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/createTranscription
 * @example
 * const transcriptionCreateResponse = yield* AudioTranscriptions.create({
 *   file: new File(["example"], "audio.mp3"),
 *   model: "gpt-4o-transcribe"
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
): Effect.Effect<
  CreateTranscriptionResponseJson | CreateTranscriptionResponseDiarizedJson | CreateTranscriptionResponseVerboseJson,
  OpenAIError,
  OpenAIClient
> =>
  Operation.json({
    operationId: "createTranscription",
    method: "POST",
    path: "/audio/transcriptions",
    body: Operation.multipart(params, ["file"])
  }, options)

/**
 * `POST /audio/transcriptions` with `stream: true`, as a `Stream` of server-sent events.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/createTranscription
 * @example
 * yield* AudioTranscriptions.createStream({ file: new File(["example"], "audio.mp3"), model: "gpt-4o-transcribe" }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createStream = (
  params: CreateParams & {
    /** Always `true` here: call {@link create} for one result. */
    readonly stream?: true | CallCreateForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<CreateTranscriptionResponseStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createTranscription",
    method: "POST",
    path: "/audio/transcriptions",
    body: Operation.multipart({ ...params, stream: true }, ["file"])
  }, options)
