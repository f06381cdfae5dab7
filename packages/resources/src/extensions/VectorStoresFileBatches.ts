/**
 * The hand-written helpers of `VectorStoresFileBatches`, re-exported by the
 * generated module: import them from `@openai-effect/resources/VectorStoresFileBatches`.
 *
 * Attaching many files to a vector store at once and waiting until the batch
 * is indexed, with the rules of `@openai-effect/core/Poll`:
 *
 * ```ts
 * const batch = yield* VectorStoresFileBatches.createAndPoll(vectorStoreId, { file_ids })
 * console.log(batch.file_counts)
 * ```
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import type * as Effect from "effect/Effect"
// The generated module re-exports this one; the cycle is safe because the
// operations are only called, never read while the modules load.
import { cancel, create, retrieve } from "../VectorStoresFileBatches.ts"
import type { CreateParams, VectorStoreFileBatch } from "../VectorStoresFileBatches.ts"

// The statuses that end a poll.
const terminalStatuses: ReadonlyArray<VectorStoreFileBatch["status"]> = ["completed", "failed", "cancelled"]

/**
 * Retrieves the batch until it is `completed`, `failed` or `cancelled`, and
 * succeeds with it.
 *
 * @example
 * const batch = yield* VectorStoresFileBatches.poll("vs_abc123", "vsfb_abc123")
 * @category polling
 * @since 0.1.0
 */
export const poll = (
  vectorStoreId: string,
  batchId: string,
  options?: Poll.CallOptions
): Effect.Effect<VectorStoreFileBatch, OpenAIError | Poll.PollTimeoutError<VectorStoreFileBatch>, OpenAIClient> =>
  Poll.until(retrieve(batchId, { vector_store_id: vectorStoreId }, options), terminalStatuses, options)

/**
 * Creates a batch of uploaded files in the vector store and polls it until
 * indexed. Interrupting it cancels the batch on the server.
 *
 * @example
 * const batch = yield* VectorStoresFileBatches.createAndPoll("vs_abc123", { file_ids: ["file-abc123"] })
 * @category polling
 * @since 0.1.0
 */
export const createAndPoll = (
  vectorStoreId: string,
  params: CreateParams,
  options?: Poll.CallOptions
): Effect.Effect<VectorStoreFileBatch, OpenAIError | Poll.PollTimeoutError<VectorStoreFileBatch>, OpenAIClient> =>
  Poll.startAndPoll(
    create(vectorStoreId, params, options),
    (batch) => poll(vectorStoreId, batch.id, options),
    (batch) => cancel(batch.id, { vector_store_id: vectorStoreId }, options)
  )
