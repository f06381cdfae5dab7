/**
 * The `containers.files` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`,
 * `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/containers
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { ContainerFileResource } from "./types/ContainerFileResource.ts"
import type { CreateContainerFileBody } from "./types/CreateContainerFileBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateContainerFileBody

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly container_id: string
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly container_id: string
}

/**
 * The official SDK's name for {@link ContainerFileResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type FileCreateResponse = ContainerFileResource

/**
 * The official SDK's name for {@link ContainerFileResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type FileRetrieveResponse = ContainerFileResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type FileCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type FileRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type FileDeleteParams = DeleteParams

/**
 * `POST /containers/{container_id}/files`.
 *
 * Sends a multipart form when a value is a file, JSON otherwise.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/post
 * @example
 * const fileCreateResponse = yield* ContainersFiles.create("container_abc123")
 * @category operations
 * @since 0.1.0
 */
export const create = (
  containerId: string,
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<FileCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateContainerFile",
    method: "POST",
    path: Operation.path`/containers/${containerId}/files`,
    body: Operation.multipartIfFile(params, ["file"])
  }, options)

/**
 * `GET /containers/{container_id}/files/{file_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const fileRetrieveResponse = yield* ContainersFiles.retrieve("file_abc123", { container_id: "container_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  fileId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<FileCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "RetrieveContainerFile",
    method: "GET",
    path: Operation.path`/containers/${params.container_id}/files/${fileId}`
  }, options)

/**
 * `GET /containers/{container_id}/files` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const items = yield* ContainersFiles.list("container_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  containerId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<FileCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "ListContainerFiles",
    method: "GET",
    path: Operation.path`/containers/${containerId}/files`,
    query: params
  }, options)

/**
 * `GET /containers/{container_id}/files`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/get
 * @example
 * const page = yield* ContainersFiles.listPage("container_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  containerId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<FileCreateResponse>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "ListContainerFiles",
    method: "GET",
    path: Operation.path`/containers/${containerId}/files`,
    query: params
  }, options)

/**
 * `DELETE /containers/{container_id}/files/{file_id}`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/containers/delete
 * @example
 * yield* ContainersFiles.delete("file_abc123", { container_id: "container_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  fileId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty({
    operationId: "DeleteContainerFile",
    method: "DELETE",
    path: Operation.path`/containers/${params.container_id}/files/${fileId}`
  }, options)

export { delete_ as delete }
