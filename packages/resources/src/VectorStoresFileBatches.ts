/**
 * The `vectorStores.fileBatches` resource of the OpenAI API: `create`, `retrieve`, `cancel`,
 * `listFiles`, `listFilesPage`, `poll`, `createAndPoll`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * Hand-written: `poll`, `createAndPoll`, in `./extensions/VectorStoresFileBatches.ts`.
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
import type { CreateVectorStoreFileBatchRequest } from "./types/CreateVectorStoreFileBatchRequest.ts"
import type { VectorStoreFileBatchObject } from "./types/VectorStoreFileBatchObject.ts"
import type { VectorStoreFileObject } from "./types/VectorStoreFileObject.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateVectorStoreFileBatchRequest

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
 * The parameters of {@link cancel}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CancelParams {
  readonly vector_store_id: string
}

/**
 * The parameters of {@link listFiles}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListFilesParams {
  readonly vector_store_id: string
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
  readonly filter?: "in_progress" | "completed" | "failed" | "cancelled" | undefined
}

/**
 * The official SDK's name for {@link VectorStoreFileBatchObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type VectorStoreFileBatch = VectorStoreFileBatchObject

/**
 * `POST /vector_stores/{vector_store_id}/file_batches`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/createVectorStoreFileBatch
 * @example
 * const vectorStoreFileBatch = yield* VectorStoresFileBatches.create("vs_abc123")
 * @category operations
 * @since 0.1.0
 */
export const create = (
  vectorStoreId: string,
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<VectorStoreFileBatch, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createVectorStoreFileBatch",
    method: "POST",
    path: Operation.path`/vector_stores/${vectorStoreId}/file_batches`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/getVectorStoreFileBatch
 * @example
 * const vectorStoreFileBatch = yield* VectorStoresFileBatches.retrieve("vsfb_abc123", { vector_store_id: "vs_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  batchId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<VectorStoreFileBatch, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getVectorStoreFileBatch",
    method: "GET",
    path: Operation.path`/vector_stores/${params.vector_store_id}/file_batches/${batchId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/cancelVectorStoreFileBatch
 * @example
 * const vectorStoreFileBatch = yield* VectorStoresFileBatches.cancel("batch_abc123", {
 *   vector_store_id: "vector_store_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  batchId: string,
  params: CancelParams,
  options?: RequestOptions
): Effect.Effect<VectorStoreFileBatch, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "cancelVectorStoreFileBatch",
    method: "POST",
    path: Operation.path`/vector_stores/${params.vector_store_id}/file_batches/${batchId}/cancel`,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files` as a `Stream` of items,
 * fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/listFilesInVectorStoreBatch
 * @example
 * const items = yield* VectorStoresFileBatches.listFiles("batch_abc123", { vector_store_id: "vector_store_abc123" }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const listFiles = (
  batchId: string,
  params: ListFilesParams,
  options?: RequestOptions
): Stream.Stream<VectorStoreFileObject, OpenAIError, OpenAIClient> => {
  const { vector_store_id, ...query } = params
  return Operation.list("cursor", {
    operationId: "listFilesInVectorStoreBatch",
    method: "GET",
    path: Operation.path`/vector_stores/${vector_store_id}/file_batches/${batchId}/files`,
    query,
    beta: "assistants=v2"
  }, options)
}

/**
 * `GET /vector_stores/{vector_store_id}/file_batches/{batch_id}/files`: one page, with the cursor to
 * the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/vector_stores/listFilesInVectorStoreBatch
 * @example
 * const page = yield* VectorStoresFileBatches.listFilesPage("batch_abc123", { vector_store_id: "vector_store_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const listFilesPage = (
  batchId: string,
  params: ListFilesParams,
  options?: RequestOptions
): Effect.Effect<Page<VectorStoreFileObject>, OpenAIError, OpenAIClient> => {
  const { vector_store_id, ...query } = params
  return Operation.page("cursor", {
    operationId: "listFilesInVectorStoreBatch",
    method: "GET",
    path: Operation.path`/vector_stores/${vector_store_id}/file_batches/${batchId}/files`,
    query,
    beta: "assistants=v2"
  }, options)
}

export * from "./extensions/VectorStoresFileBatches.ts"
