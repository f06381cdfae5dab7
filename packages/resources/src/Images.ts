/**
 * The `images` resource of the OpenAI API: `createVariation`, `edit`, `editStream`, `generate`,
 * `generateStream`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/images
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateImageEditRequest } from "./types/CreateImageEditRequest.ts"
import type { CreateImageRequest } from "./types/CreateImageRequest.ts"
import type { CreateImageVariationRequest } from "./types/CreateImageVariationRequest.ts"
import type { ImageEditStreamEvent } from "./types/ImageEditStreamEvent.ts"
import type { ImageGenStreamEvent } from "./types/ImageGenStreamEvent.ts"
import type { ImagesResponse } from "./types/ImagesResponse.ts"

/**
 * The parameters of {@link createVariation}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateVariationParams = CreateImageVariationRequest

/**
 * The parameters of {@link edit}.
 *
 * @category params
 * @since 0.1.0
 */
export type EditParams = CreateImageEditRequest

/**
 * `edit` returns one result: `stream: true` is `editStream`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallEditStreamToStream {
  readonly "~call editStream": never
}

/**
 * `editStream` always streams: `stream: false` is `edit`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallEditForOneResult {
  readonly "~call edit": never
}

/**
 * The parameters of {@link generate}.
 *
 * @category params
 * @since 0.1.0
 */
export type GenerateParams = CreateImageRequest

/**
 * `generate` returns one result: `stream: true` is `generateStream`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallGenerateStreamToStream {
  readonly "~call generateStream": never
}

/**
 * `generateStream` always streams: `stream: false` is `generate`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallGenerateForOneResult {
  readonly "~call generate": never
}

/**
 * The official SDK's name for {@link CreateVariationParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageCreateVariationParams = CreateVariationParams

/**
 * The official SDK's name for {@link EditParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageEditParams = EditParams

/**
 * The official SDK's name for {@link GenerateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ImageGenerateParams = GenerateParams

/**
 * `POST /images/variations`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/images/createImageVariation
 * @example
 * const imagesResponse = yield* Images.createVariation({ image: new File(["example"], "image.png") })
 * @category operations
 * @since 0.1.0
 */
export const createVariation = (
  params: CreateVariationParams,
  options?: RequestOptions
): Effect.Effect<ImagesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createImageVariation",
    method: "POST",
    path: "/images/variations",
    body: Operation.multipart(params, ["image"])
  }, options)

/**
 * `POST /images/edits`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/images/createImageEdit
 * @example
 * const imagesResponse = yield* Images.edit({ prompt: "example", image: new File(["example"], "image.png") })
 * @category operations
 * @since 0.1.0
 */
export const edit = (
  params: EditParams & {
    /** Never `true` here: call {@link editStream} to stream. */
    readonly stream?: false | null | CallEditStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<ImagesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createImageEdit",
    method: "POST",
    path: "/images/edits",
    body: Operation.multipart(params, ["image", "mask"])
  }, options)

/**
 * `POST /images/edits` with `stream: true`, as a `Stream` of server-sent events.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/images/createImageEdit
 * @example
 * yield* Images.editStream({ prompt: "example", image: new File(["example"], "image.png") }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const editStream = (
  params: EditParams & {
    /** Always `true` here: call {@link edit} for one result. */
    readonly stream?: true | CallEditForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<ImageEditStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createImageEdit",
    method: "POST",
    path: "/images/edits",
    body: Operation.multipart({ ...params, stream: true }, ["image", "mask"])
  }, options)

/**
 * `POST /images/generations`.
 *
 * @see https://platform.openai.com/docs/api-reference/images/createImage
 * @example
 * const imagesResponse = yield* Images.generate({ model: "gpt-image-1", prompt: "A watercolor fox in the snow" })
 * @category operations
 * @since 0.1.0
 */
export const generate = (
  params: GenerateParams & {
    /** Never `true` here: call {@link generateStream} to stream. */
    readonly stream?: false | null | CallGenerateStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<ImagesResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createImage", method: "POST", path: "/images/generations", body: params }, options)

/**
 * `POST /images/generations` with `stream: true`, as a `Stream` of server-sent events.
 *
 * @see https://platform.openai.com/docs/api-reference/images/createImage
 * @example
 * yield* Images.generateStream({ model: "gpt-image-1", prompt: "A watercolor fox in the snow" }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const generateStream = (
  params: GenerateParams & {
    /** Always `true` here: call {@link generate} for one result. */
    readonly stream?: true | CallGenerateForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<ImageGenStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createImage",
    method: "POST",
    path: "/images/generations",
    body: { ...params, stream: true }
  }, options)
