/**
 * The `vectorStores.files` resource of the OpenAI API: `create`, `retrieve`, `update`, `list`,
 * `listPage`, `delete`, `content`, `contentPage`, `poll`, `createAndPoll`, `uploadAndPoll`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * Hand-written: `poll`, `createAndPoll`, `uploadAndPoll`, in `./extensions/VectorStoresFiles.ts`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateVectorStoreFileRequest } from "./types/CreateVectorStoreFileRequest.ts"
import type { DeleteVectorStoreFileResponse } from "./types/DeleteVectorStoreFileResponse.ts"
import type { UpdateVectorStoreFileAttributesRequest } from "./types/UpdateVectorStoreFileAttributesRequest.ts"
import type { VectorStoreFileObject } from "./types/VectorStoreFileObject.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateVectorStoreFileRequest

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly vector_store_id: string
}

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateParams extends UpdateVectorStoreFileAttributesRequest {
  readonly vector_store_id: string
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
  readonly before?: string | undefined
  readonly filter?: "in_progress" | "completed" | "failed" | "cancelled" | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly vector_store_id: string
}

/**
 * The parameters of {@link content}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ContentParams {
  readonly vector_store_id: string
}

/**
 * The official SDK's name for {@link VectorStoreFileObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type VectorStoreFile = VectorStoreFileObject

/**
 * The official SDK's name for {@link DeleteVectorStoreFileResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type VectorStoreFileDeleted = DeleteVectorStoreFileResponse

/**
 * `POST /vector_stores/{vector_store_id}/files`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/createVectorStoreFile
 * @example
 * const vectorStoreFile = yield* VectorStoresFiles.create("vs_abc123", { file_id: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  vectorStoreId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<VectorStoreFile, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createVectorStoreFile",
    method: "POST",
    path: Operation.path`/vector_stores/${vectorStoreId}/files`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}/files/{file_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/getVectorStoreFile
 * @example
 * const vectorStoreFile = yield* VectorStoresFiles.retrieve("file-abc123", { vector_store_id: "vs_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  fileId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<VectorStoreFile, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getVectorStoreFile",
    method: "GET",
    path: Operation.path`/vector_stores/${params.vector_store_id}/files/${fileId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /vector_stores/{vector_store_id}/files/{file_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/updateVectorStoreFileAttributes
 * @example
 * const vectorStoreFile = yield* VectorStoresFiles.update("file-abc123", { vector_store_id: "vs_abc123", attributes: {} })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  fileId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<VectorStoreFile, OpenAIError, OpenAIClient> => {
  const { vector_store_id, ...body } = params
  return Operation.json({
    operationId: "updateVectorStoreFileAttributes",
    method: "POST",
    path: Operation.path`/vector_stores/${vector_store_id}/files/${fileId}`,
    body,
    beta: "assistants=v2"
  }, options)
}

/**
 * `GET /vector_stores/{vector_store_id}/files` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/listVectorStoreFiles
 * @example
 * const items = yield* VectorStoresFiles.list("vector_store_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  vectorStoreId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<VectorStoreFile, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listVectorStoreFiles",
    method: "GET",
    path: Operation.path`/vector_stores/${vectorStoreId}/files`,
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}/files`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/listVectorStoreFiles
 * @example
 * const page = yield* VectorStoresFiles.listPage("vector_store_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  vectorStoreId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<VectorStoreFile>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listVectorStoreFiles",
    method: "GET",
    path: Operation.path`/vector_stores/${vectorStoreId}/files`,
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `DELETE /vector_stores/{vector_store_id}/files/{file_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/deleteVectorStoreFile
 * @example
 * const vectorStoreFileDeleted = yield* VectorStoresFiles.delete("file_abc123", { vector_store_id: "vector_store_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  fileId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<VectorStoreFileDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteVectorStoreFile",
    method: "DELETE",
    path: Operation.path`/vector_stores/${params.vector_store_id}/files/${fileId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}/files/{file_id}/content` as a `Stream` of the items of its one
 * page.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/retrieveVectorStoreFileContent
 * @example
 * const items = yield* VectorStoresFiles.content("file-abc123", { vector_store_id: "vs_abc123" }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const content = (
  fileId: string,
  params: ContentParams,
  options?: RequestOptions
): Stream.Stream<
  {
    readonly type?: string | undefined
    readonly text?: string | undefined
  },
  OpenAIError,
  OpenAIClient
> =>
  Operation.list("single", {
    operationId: "retrieveVectorStoreFileContent",
    method: "GET",
    path: Operation.path`/vector_stores/${params.vector_store_id}/files/${fileId}/content`,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}/files/{file_id}/content`: the one page of items.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/retrieveVectorStoreFileContent
 * @example
 * const page = yield* VectorStoresFiles.contentPage("file-abc123", { vector_store_id: "vs_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const contentPage = (
  fileId: string,
  params: ContentParams,
  options?: RequestOptions
): Effect.Effect<
  Page<{
    readonly type?: string | undefined
    readonly text?: string | undefined
  }>,
  OpenAIError,
  OpenAIClient
> =>
  Operation.page("single", {
    operationId: "retrieveVectorStoreFileContent",
    method: "GET",
    path: Operation.path`/vector_stores/${params.vector_store_id}/files/${fileId}/content`,
    beta: "assistants=v2"
  }, options)

export { delete_ as delete }
export * from "./extensions/VectorStoresFiles.ts"
