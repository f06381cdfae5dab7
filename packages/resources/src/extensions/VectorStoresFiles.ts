/**
 * The hand-written helpers of `VectorStoresFiles`, re-exported by the
 * generated module: import them from `@openai-effect/resources/VectorStoresFiles`.
 *
 * Attaching a file to a vector store and waiting until it is indexed, with the
 * rules of `@openai-effect/core/Poll`. A file that fails to index is a state
 * (`status: "failed"`, `last_error`), not an error:
 *
 * ```ts
 * const file = yield* VectorStoresFiles.uploadAndPoll(vectorStoreId, yield* NodeUploadable.fromPath("guide.pdf"))
 * if (file.status === "failed") console.log(file.last_error?.message)
 * ```
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import type { Uploadable } from "@openai-effect/core/Uploadable"
import * as Effect from "effect/Effect"
import * as Files from "../Files.ts"
// The generated module re-exports this one; the cycle is safe because the
// operations are only called, never read while the modules load.
import { create, retrieve } from "../VectorStoresFiles.ts"
import type { CreateParams, VectorStoreFile } from "../VectorStoresFiles.ts"

// The statuses that end a poll.
const terminalStatuses: ReadonlyArray<VectorStoreFile["status"]> = ["completed", "failed", "cancelled"]

/**
 * Retrieves the vector-store file until it is `completed`, `failed` or
 * `cancelled`, and succeeds with it.
 *
 * @example
 * const file = yield* VectorStoresFiles.poll("vs_abc123", "file-abc123")
 * @category polling
 * @since 0.1.0
 */
export const poll = (
  vectorStoreId: string,
  fileId: string,
  options?: Poll.CallOptions
): Effect.Effect<VectorStoreFile, OpenAIError | Poll.PollTimeoutError<VectorStoreFile>, OpenAIClient> =>
  Poll.until(retrieve(fileId, { vector_store_id: vectorStoreId }, options), terminalStatuses, options)

/**
 * Attaches an uploaded file to the vector store and polls it until indexed.
 *
 * @example
 * const file = yield* VectorStoresFiles.createAndPoll("vs_abc123", { file_id: "file-abc123" })
 * @category polling
 * @since 0.1.0
 */
export const createAndPoll = (
  vectorStoreId: string,
  params: CreateParams,
  options?: Poll.CallOptions
): Effect.Effect<VectorStoreFile, OpenAIError | Poll.PollTimeoutError<VectorStoreFile>, OpenAIClient> =>
  Effect.flatMap(create(vectorStoreId, params, options), (file) => poll(vectorStoreId, file.id, options))

/**
 * Uploads a file (`purpose: "assistants"`), attaches it to the vector store
 * and polls it until indexed.
 *
 * @example
 * const file = yield* VectorStoresFiles.uploadAndPoll("vs_abc123", Uploadable.toFile(bytes, "notes.md"))
 * @category polling
 * @since 0.1.0
 */
export const uploadAndPoll = (
  vectorStoreId: string,
  file: Uploadable,
  options?: Poll.CallOptions
): Effect.Effect<VectorStoreFile, OpenAIError | Poll.PollTimeoutError<VectorStoreFile>, OpenAIClient> =>
  Effect.flatMap(
    Files.create({ file, purpose: "assistants" }, options),
    (uploaded) => createAndPoll(vectorStoreId, { file_id: uploaded.id }, options)
  )
