/**
 * The `batches` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`, `cancel`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/batch
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { Batch } from "./types/Batch.ts"
import type { CreateBatchRequest } from "./types/CreateBatchRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateBatchRequest

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
}

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type BatchCreateParams = CreateParams

/**
 * `POST /batches`.
 *
 * @see https://platform.openai.com/docs/api-reference/batch/createBatch
 * @example
 * const batch = yield* Batches.create({ input_file_id: "example", endpoint: "/v1/responses", completion_window: "24h" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Batch, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createBatch", method: "POST", path: "/batches", body: params }, options)

/**
 * `GET /batches/{batch_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/batch/retrieveBatch
 * @example
 * const batch = yield* Batches.retrieve("batch_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (batchId: string, options?: RequestOptions): Effect.Effect<Batch, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "retrieveBatch", method: "GET", path: Operation.path`/batches/${batchId}` }, options)

/**
 * `GET /batches` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/batch/listBatches
 * @example
 * const items = yield* Batches.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (params?: ListParams, options?: RequestOptions): Stream.Stream<Batch, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", { operationId: "listBatches", method: "GET", path: "/batches", query: params }, options)

/**
 * `GET /batches`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/batch/listBatches
 * @example
 * const page = yield* Batches.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Batch>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", { operationId: "listBatches", method: "GET", path: "/batches", query: params }, options)

/**
 * `POST /batches/{batch_id}/cancel`.
 *
 * @see https://platform.openai.com/docs/api-reference/batch/cancelBatch
 * @example
 * const batch = yield* Batches.cancel("batch_abc123")
 * @category operations
 * @since 0.1.0
 */
export const cancel = (batchId: string, options?: RequestOptions): Effect.Effect<Batch, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "cancelBatch", method: "POST", path: Operation.path`/batches/${batchId}/cancel` },
    options
  )
