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
import { InvalidRequestError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Stream from "effect/Stream"
import * as Files from "../Files.ts"
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

/**
 * A file a bulk upload could not send, by name, with the error.
 *
 * @category bulk upload
 * @since 0.1.0
 */
export interface FailedUpload {
  readonly name: string
  readonly error: OpenAIError
}

/**
 * Where a bulk upload stands: files uploaded and failed so far, the files in
 * the batch (its `file_counts.total`, 0 before it exists), the failed uploads
 * by name, and the batch's latest state. `failed` also counts the files the
 * batch could not index (`file_counts.failed`).
 *
 * @category bulk upload
 * @since 0.1.0
 */
export interface UploadProgress {
  readonly uploaded: number
  readonly failed: number
  readonly inBatch: number
  readonly failures: ReadonlyArray<FailedUpload>
  readonly batch: VectorStoreFileBatch | undefined
}

/**
 * What to put in the vector store: new files (a `Stream` or any iterable of
 * uploads; for paths, `Stream.mapEffect(NodeUploadable.fromPath)`), and ids of
 * files already uploaded.
 *
 * @category bulk upload
 * @since 0.1.0
 */
export interface UploadParams<E = never, R = never> {
  readonly files: Stream.Stream<Uploadable.Uploadable, E, R> | Iterable<Uploadable.Uploadable>
  readonly fileIds?: ReadonlyArray<string> | undefined
}

/**
 * The options of a bulk upload: per-request options, the poll's, and how many
 * files are uploaded at once (`concurrency`, default 5).
 *
 * @category bulk upload
 * @since 0.1.0
 */
export interface UploadOptions extends Poll.CallOptions {
  readonly concurrency?: number | undefined
}

// What `uploadAndPoll` gives when there was nothing to upload.
const nothingUploaded: UploadProgress = { uploaded: 0, failed: 0, inBatch: 0, failures: [], batch: undefined }

const nameOf = (file: Uploadable.Uploadable): string => Uploadable.toFile(file).name

/**
 * Uploads files to a vector store in bulk and reports progress: at most
 * `concurrency` uploads in flight (default 5), each file `purpose:
 * "assistants"`; a file the API refuses is counted and named in `failures`,
 * not thrown. Then one batch holds every uploaded file (and `fileIds`), and is
 * polled to its end; each element is the progress after an upload or a poll.
 * Interrupting the stream while the batch is polled cancels the batch.
 *
 * @example
 * yield* VectorStoresFileBatches.uploadAndPollStream("vs_abc123", { files }).pipe(
 *   Stream.runForEach((p) => Console.log(`${p.uploaded} uploaded, ${p.failed} failed, ${p.inBatch} in the batch`))
 * )
 * @category bulk upload
 * @since 0.1.0
 */
export const uploadAndPollStream = <E = never, R = never>(
  vectorStoreId: string,
  params: UploadParams<E, R>,
  options?: UploadOptions
): Stream.Stream<
  UploadProgress,
  OpenAIError | Poll.PollTimeoutError<VectorStoreFileBatch> | E,
  OpenAIClient | R
> =>
  Stream.suspend(() => {
    const concurrency = options?.concurrency ?? 5
    if (!Number.isSafeInteger(concurrency) || concurrency < 1) {
      return Stream.fail(
        new InvalidRequestError({
          request: "VectorStoresFileBatches.uploadAndPoll",
          description: `concurrency must be a whole number of at least 1, got ${concurrency}`
        })
      )
    }
    const fileIds = [...(params.fileIds ?? [])]
    const failures: Array<FailedUpload> = []
    let uploaded = 0
    const progress = (batch: VectorStoreFileBatch | undefined): UploadProgress => ({
      uploaded,
      failed: failures.length + (batch?.file_counts.failed ?? 0),
      inBatch: batch?.file_counts.total ?? 0,
      failures: [...failures],
      batch
    })
    const source: Stream.Stream<Uploadable.Uploadable, E, R> = Stream.isStream(params.files)
      ? params.files as Stream.Stream<Uploadable.Uploadable, E, R>
      : Stream.fromIterable(params.files as Iterable<Uploadable.Uploadable>)
    const uploads = Stream.mapEffect(
      source,
      (file) =>
        Effect.match(Files.create({ file, purpose: "assistants" }, options), {
          onSuccess: (created) => {
            uploaded++
            fileIds.push(created.id)
            return progress(undefined)
          },
          onFailure: (error) => {
            failures.push({ name: nameOf(file), error })
            return progress(undefined)
          }
        }),
      { concurrency, unordered: true }
    )
    // Nothing to index when every upload failed: the batch would be refused.
    const batch = Stream.unwrap(Effect.sync(() =>
      fileIds.length === 0 ? Stream.empty : Stream.unwrap(Effect.map(
        create(vectorStoreId, { file_ids: fileIds }, options),
        (created) =>
          Stream.concat(
            Stream.succeed(created),
            Poll.stream(retrieve(created.id, { vector_store_id: vectorStoreId }, options), terminalStatuses, options)
          ).pipe(
            Stream.map(progress),
            Stream.onExit((exit) =>
              Exit.hasInterrupts(exit)
                ? Effect.ignore(cancel(created.id, { vector_store_id: vectorStoreId }, options))
                : Effect.void
            )
          )
      ))
    ))
    return Stream.concat(uploads, batch)
  })

/**
 * `uploadAndPollStream` to its end: the last progress, with the final batch
 * (`undefined` when nothing could be uploaded) and the failed uploads by name.
 *
 * @example
 * const result = yield* VectorStoresFileBatches.uploadAndPoll("vs_abc123", { files: [Uploadable.toFile(bytes, "a.md")] })
 * for (const failure of result.failures) console.log(`${failure.name}: ${failure.error.message}`)
 * @category bulk upload
 * @since 0.1.0
 */
export const uploadAndPoll = <E = never, R = never>(
  vectorStoreId: string,
  params: UploadParams<E, R>,
  options?: UploadOptions
): Effect.Effect<UploadProgress, OpenAIError | Poll.PollTimeoutError<VectorStoreFileBatch> | E, OpenAIClient | R> =>
  Stream.runFold(uploadAndPollStream(vectorStoreId, params, options), () => nothingUploaded, (_, p) => p)
