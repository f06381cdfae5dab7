/**
 * The `vectorStores` resource of the OpenAI API: `create`, `retrieve`, `update`, `list`,
 * `listPage`, `delete`, `search`, `searchPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
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
import type { CreateVectorStoreRequest } from "./types/CreateVectorStoreRequest.ts"
import type { DeleteVectorStoreResponse } from "./types/DeleteVectorStoreResponse.ts"
import type { UpdateVectorStoreRequest } from "./types/UpdateVectorStoreRequest.ts"
import type { VectorStoreObject } from "./types/VectorStoreObject.ts"
import type { VectorStoreSearchRequest } from "./types/VectorStoreSearchRequest.ts"
import type { VectorStoreSearchResultItem } from "./types/VectorStoreSearchResultItem.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateVectorStoreRequest

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateVectorStoreRequest

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
}

/**
 * The parameters of {@link search}.
 *
 * @category params
 * @since 0.1.0
 */
export type SearchParams = VectorStoreSearchRequest

/**
 * The official SDK's name for {@link VectorStoreObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type VectorStore = VectorStoreObject

/**
 * The official SDK's name for {@link DeleteVectorStoreResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type VectorStoreDeleted = DeleteVectorStoreResponse

/**
 * `POST /vector_stores`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/createVectorStore
 * @example
 * const vectorStore = yield* VectorStores.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<VectorStore, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createVectorStore",
    method: "POST",
    path: "/vector_stores",
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/getVectorStore
 * @example
 * const vectorStore = yield* VectorStores.retrieve("vector_store_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  vectorStoreId: string,
  options?: RequestOptions
): Effect.Effect<VectorStore, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getVectorStore",
    method: "GET",
    path: Operation.path`/vector_stores/${vectorStoreId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /vector_stores/{vector_store_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/modifyVectorStore
 * @example
 * const vectorStore = yield* VectorStores.update("vector_store_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  vectorStoreId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<VectorStore, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "modifyVectorStore",
    method: "POST",
    path: Operation.path`/vector_stores/${vectorStoreId}`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/listVectorStores
 * @example
 * const items = yield* VectorStores.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<VectorStore, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listVectorStores",
    method: "GET",
    path: "/vector_stores",
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/listVectorStores
 * @example
 * const page = yield* VectorStores.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<VectorStore>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listVectorStores",
    method: "GET",
    path: "/vector_stores",
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `DELETE /vector_stores/{vector_store_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/deleteVectorStore
 * @example
 * const vectorStoreDeleted = yield* VectorStores.delete("vector_store_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  vectorStoreId: string,
  options?: RequestOptions
): Effect.Effect<VectorStoreDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteVectorStore",
    method: "DELETE",
    path: Operation.path`/vector_stores/${vectorStoreId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /vector_stores/{vector_store_id}/search` as a `Stream` of the items of its one page.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/searchVectorStore
 * @example
 * const items = yield* VectorStores.search("vs_abc123", { query: "example" }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const search = (
  vectorStoreId: string,
  params: SearchParams,
  options?: RequestOptions
): Stream.Stream<VectorStoreSearchResultItem, OpenAIError, OpenAIClient> =>
  Operation.list("single", {
    operationId: "searchVectorStore",
    method: "POST",
    path: Operation.path`/vector_stores/${vectorStoreId}/search`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /vector_stores/{vector_store_id}/search`: the one page of items.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/searchVectorStore
 * @example
 * const page = yield* VectorStores.searchPage("vs_abc123", { query: "example" })
 * @category operations
 * @since 0.1.0
 */
export const searchPage = (
  vectorStoreId: string,
  params: SearchParams,
  options?: RequestOptions
): Effect.Effect<Page<VectorStoreSearchResultItem>, OpenAIError, OpenAIClient> =>
  Operation.page("single", {
    operationId: "searchVectorStore",
    method: "POST",
    path: Operation.path`/vector_stores/${vectorStoreId}/search`,
    body: params,
    beta: "assistants=v2"
  }, options)

export { delete_ as delete }
