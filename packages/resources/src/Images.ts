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
 * The parameters of {@link generate}.
 *
 * @category params
 * @since 0.1.0
 */
export type GenerateParams = CreateImageRequest

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
  params: EditParams & { readonly stream?: false | null | undefined },
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
  params: EditParams,
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
  params: GenerateParams & { readonly stream?: false | null | undefined },
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
  params: GenerateParams,
  options?: RequestOptions
): Stream.Stream<ImageGenStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse({
    operationId: "createImage",
    method: "POST",
    path: "/images/generations",
    body: { ...params, stream: true }
  }, options)
