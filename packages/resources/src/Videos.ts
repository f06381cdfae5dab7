/**
 * The `videos` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`, `delete`,
 * `createCharacter`, `downloadContent`, `edit`, `extend`, `getCharacter`, `remix`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/videos
 * @since 0.1.0
 */

import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateVideoCharacterBody } from "./types/CreateVideoCharacterBody.ts"
import type { CreateVideoEditMultipartBody } from "./types/CreateVideoEditMultipartBody.ts"
import type { CreateVideoExtendMultipartBody } from "./types/CreateVideoExtendMultipartBody.ts"
import type { CreateVideoMultipartBody } from "./types/CreateVideoMultipartBody.ts"
import type { CreateVideoRemixBody } from "./types/CreateVideoRemixBody.ts"
import type { DeletedVideoResource } from "./types/DeletedVideoResource.ts"
import type { OrderEnum } from "./types/OrderEnum.ts"
import type { VideoCharacterResource } from "./types/VideoCharacterResource.ts"
import type { VideoContentVariant } from "./types/VideoContentVariant.ts"
import type { VideoResource } from "./types/VideoResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateVideoMultipartBody

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /**
   * @minimum 0
   * @maximum 100
   */
  readonly limit?: number | undefined
  readonly order?: OrderEnum | undefined
  readonly after?: string | undefined
}

/**
 * The parameters of {@link createCharacter}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateCharacterParams = CreateVideoCharacterBody

/**
 * The parameters of {@link downloadContent}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DownloadContentParams {
  readonly variant?: VideoContentVariant | undefined
}

/**
 * The parameters of {@link edit}.
 *
 * @category params
 * @since 0.1.0
 */
export type EditParams = CreateVideoEditMultipartBody

/**
 * The parameters of {@link extend}.
 *
 * @category params
 * @since 0.1.0
 */
export type ExtendParams = CreateVideoExtendMultipartBody

/**
 * The parameters of {@link remix}.
 *
 * @category params
 * @since 0.1.0
 */
export type RemixParams = CreateVideoRemixBody

/**
 * The official SDK's name for {@link VideoResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type Video = VideoResource

/**
 * The official SDK's name for {@link DeletedVideoResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type VideoDeleteResponse = DeletedVideoResource

/**
 * The official SDK's name for {@link VideoCharacterResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type VideoCreateCharacterResponse = VideoCharacterResource

/**
 * The official SDK's name for {@link VideoCharacterResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type VideoGetCharacterResponse = VideoCharacterResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VideoCreateParams = CreateParams

/**
 * The official SDK's name for {@link CreateCharacterParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VideoCreateCharacterParams = CreateCharacterParams

/**
 * The official SDK's name for {@link EditParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VideoEditParams = EditParams

/**
 * The official SDK's name for {@link ExtendParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VideoExtendParams = ExtendParams

/**
 * The official SDK's name for {@link RemixParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VideoRemixParams = RemixParams

/**
 * The official SDK's name for {@link VideoModel}.
 *
 * @category params
 * @since 0.1.0
 */
export type { VideoModel } from "./types/VideoModel.ts"

/**
 * The official SDK's name for {@link VideoSeconds}.
 *
 * @category params
 * @since 0.1.0
 */
export type { VideoSeconds } from "./types/VideoSeconds.ts"

/**
 * The official SDK's name for {@link VideoSize}.
 *
 * @category params
 * @since 0.1.0
 */
export type { VideoSize } from "./types/VideoSize.ts"

/**
 * `POST /videos`.
 *
 * Sends a multipart form.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/create
 * @example
 * const video = yield* Videos.create({ prompt: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Video, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "createVideo", method: "POST", path: "/videos", body: Operation.multipart(params) },
    options
  )

/**
 * `GET /videos/{video_id}`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/retrieve matching the provided identifier.
 * @example
 * const video = yield* Videos.retrieve("video_123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (videoId: string, options?: RequestOptions): Effect.Effect<Video, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "GetVideo", method: "GET", path: Operation.path`/videos/${videoId}` }, options)

/**
 * `GET /videos` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/list for the organization.
 * @example
 * const items = yield* Videos.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (params?: ListParams, options?: RequestOptions): Stream.Stream<Video, OpenAIError, OpenAIClient> =>
  Operation.list(
    "conversationCursor",
    { operationId: "ListVideos", method: "GET", path: "/videos", query: params },
    options
  )

/**
 * `GET /videos`: one page, with the cursor to the next.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/list for the organization.
 * @example
 * const page = yield* Videos.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Video>, OpenAIError, OpenAIClient> =>
  Operation.page(
    "conversationCursor",
    { operationId: "ListVideos", method: "GET", path: "/videos", query: params },
    options
  )

/**
 * `DELETE /videos/{video_id}`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/delete
 * @example
 * const videoDeleteResponse = yield* Videos.delete("video_123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  videoId: string,
  options?: RequestOptions
): Effect.Effect<VideoDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "DeleteVideo", method: "DELETE", path: Operation.path`/videos/${videoId}` }, options)

/**
 * `POST /videos/characters`.
 *
 * Sends a multipart form.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/CreateVideoCharacter
 * @example
 * const videoCreateCharacterResponse = yield* Videos.createCharacter({
 *   video: new File(["example"], "video.mp4"),
 *   name: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const createCharacter = (
  params: CreateCharacterParams,
  options?: RequestOptions
): Effect.Effect<VideoCreateCharacterResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateVideoCharacter",
    method: "POST",
    path: "/videos/characters",
    body: Operation.multipart(params, ["video"])
  }, options)

/**
 * `GET /videos/{video_id}/content`: the response body as a byte stream.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/content
 * @example
 * const response = yield* Videos.downloadContent("video_123")
 * @category operations
 * @since 0.1.0
 */
export const downloadContent = (
  videoId: string,
  params?: DownloadContentParams,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary({
    operationId: "RetrieveVideoContent",
    method: "GET",
    path: Operation.path`/videos/${videoId}/content`,
    query: params
  }, options)

/**
 * `POST /videos/edits`.
 *
 * Sends a multipart form.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/CreateVideoEdit
 * @example
 * const video = yield* Videos.edit({ video: new File(["example"], "video.mp4"), prompt: "example" })
 * @category operations
 * @since 0.1.0
 */
export const edit = (params: EditParams, options?: RequestOptions): Effect.Effect<Video, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateVideoEdit",
    method: "POST",
    path: "/videos/edits",
    body: Operation.multipart(params)
  }, options)

/**
 * `POST /videos/extensions`.
 *
 * Sends a multipart form.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/CreateVideoExtend
 * @example
 * const video = yield* Videos.extend({ video: new File(["example"], "video.mp4"), prompt: "example", seconds: "4" })
 * @category operations
 * @since 0.1.0
 */
export const extend = (
  params: ExtendParams,
  options?: RequestOptions
): Effect.Effect<Video, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateVideoExtend",
    method: "POST",
    path: "/videos/extensions",
    body: Operation.multipart(params)
  }, options)

/**
 * `GET /videos/characters/{character_id}`.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/GetVideoCharacter
 * @example
 * const videoGetCharacterResponse = yield* Videos.getCharacter("char_123")
 * @category operations
 * @since 0.1.0
 */
export const getCharacter = (
  characterId: string,
  options?: RequestOptions
): Effect.Effect<VideoCreateCharacterResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "GetVideoCharacter",
    method: "GET",
    path: Operation.path`/videos/characters/${characterId}`
  }, options)

/**
 * `POST /videos/{video_id}/remix`.
 *
 * Sends a multipart form when a value is a file, JSON otherwise.
 *
 * @deprecated
 * @see https://platform.openai.com/docs/api-reference/videos/remix using the provided prompt.
 * @example
 * const video = yield* Videos.remix("video_123", { prompt: "example" })
 * @category operations
 * @since 0.1.0
 */
export const remix = (
  videoId: string,
  params: RemixParams,
  options?: RequestOptions
): Effect.Effect<Video, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateVideoRemix",
    method: "POST",
    path: Operation.path`/videos/${videoId}/remix`,
    body: Operation.multipartIfFile(params)
  }, options)

export { delete_ as delete }
