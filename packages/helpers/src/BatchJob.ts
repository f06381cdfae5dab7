/**
 * Batch jobs: send a stream of requests through the Batch API and get a
 * stream of their results back, for work that outgrows rate limits.
 *
 * ```ts
 * const requests = Stream.fromIterable(prompts.map((prompt, i) => ({
 *   customId: `prompt-${i}`,
 *   body: { model: "gpt-4o-mini", messages: [{ role: "user" as const, content: prompt }] }
 * })))
 * yield* BatchJob.run("/v1/chat/completions", requests).pipe(
 *   Stream.runForEach((result) =>
 *     result._tag === "Success"
 *       ? Console.log(result.customId, result.body.choices[0]?.message.content)
 *       : Console.log(result.customId, "failed:", result.error.message)
 *   )
 * )
 * ```
 *
 * The requests are written as JSONL while they are uploaded (`Files.create`
 * with a streamed body), cut into several batches at the API's limits (50,000
 * requests, 200 MB, and 50,000 embedding inputs per file). Each batch is
 * created as soon as its file is uploaded, polled with `Poll` until it ends,
 * and its output and error files are read line by line as they download:
 * neither file is ever held whole. Every request gets exactly one result, a
 * `Success` or a `Failure`, paired with its `customId`; a request the batch
 * ended without (cancelled or expired) is a `Failure` too.
 *
 * Interrupting the stream, or stopping it early, cancels every batch that is
 * still running (`Batches.cancel`).
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { ErrorObject, OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Poll from "@openai-effect/core/Poll"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Batches from "@openai-effect/resources/Batches"
import * as Files from "@openai-effect/resources/Files"
import type { Batch } from "@openai-effect/resources/types/Batch"
import type { CreateChatCompletionRequest } from "@openai-effect/resources/types/CreateChatCompletionRequest"
import type { CreateChatCompletionResponse } from "@openai-effect/resources/types/CreateChatCompletionResponse"
import type { CreateEmbeddingRequest } from "@openai-effect/resources/types/CreateEmbeddingRequest"
import type { CreateEmbeddingResponse } from "@openai-effect/resources/types/CreateEmbeddingResponse"
import type { CreateResponse } from "@openai-effect/resources/types/CreateResponse"
import type { Metadata } from "@openai-effect/resources/types/Metadata"
import type { Response } from "@openai-effect/resources/types/Response"
import type * as Arr from "effect/Array"
import * as Data from "effect/Data"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Pull from "effect/Pull"
import * as Stream from "effect/Stream"
import * as Input from "./internal/batchInput.ts"

/**
 * What each endpoint a batch job can call takes and answers.
 *
 * @category models
 * @since 0.1.0
 */
export interface Endpoints {
  readonly "/v1/chat/completions": {
    readonly body: CreateChatCompletionRequest
    readonly response: CreateChatCompletionResponse
  }
  readonly "/v1/embeddings": { readonly body: CreateEmbeddingRequest; readonly response: CreateEmbeddingResponse }
  readonly "/v1/responses": { readonly body: CreateResponse; readonly response: Response }
}

/**
 * An endpoint a batch job can call.
 *
 * @category models
 * @since 0.1.0
 */
export type Endpoint = keyof Endpoints

/**
 * One request: the body of the endpoint's `create`, and a `customId` that
 * its result will carry. A `customId` must be unique within a batch.
 *
 * @category models
 * @since 0.1.0
 */
export interface Request<E extends Endpoint> {
  readonly customId: string
  readonly body: Endpoints[E]["body"]
}

/**
 * A request that succeeded, with the endpoint's answer as `body`.
 *
 * @category models
 * @since 0.1.0
 */
export interface Success<A> {
  readonly _tag: "Success"
  readonly customId: string
  /** The batch the request ran in. */
  readonly batchId: string
  readonly statusCode: number
  readonly requestId: string | undefined
  readonly body: A
}

/**
 * A request that failed: the API answered an error status, could not run it,
 * or the batch ended (cancelled, expired) without it. `statusCode` is absent
 * when no request was made.
 *
 * @category models
 * @since 0.1.0
 */
export interface Failure {
  readonly _tag: "Failure"
  readonly customId: string
  readonly batchId: string
  readonly statusCode: number | undefined
  readonly requestId: string | undefined
  /** The API's error; `code` is `missing_result` when the batch ended without this request. */
  readonly error: ErrorObject
}

/**
 * The result of one request.
 *
 * @category models
 * @since 0.1.0
 */
export type Result<E extends Endpoint> = Success<Endpoints[E]["response"]> | Failure

/**
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** Attached to every batch the job creates. */
  readonly metadata?: Metadata | undefined
  /** The wait between polls of a batch; wins over the server's `openai-poll-after-ms`. */
  readonly pollInterval?: Duration.Input | undefined
  /** How long to wait for each batch before failing with a `PollTimeoutError`. Default: no deadline. */
  readonly maxWait?: Duration.Input | undefined
  /** Requests per batch, at most the API's 50,000 (the default). */
  readonly maxRequestsPerBatch?: number | undefined
  /** Bytes of JSONL per batch, at most the API's 200 MB (the default). */
  readonly maxBytesPerBatch?: number | undefined
}

/**
 * Why a batch job stopped:
 * - `InvalidRequest`: a request the API would refuse (no `customId`, one used
 *   twice in a batch, bigger than a batch), or an option out of range;
 * - `BatchFailed`: the API refused a whole batch (its `errors` say why);
 * - `MalformedOutput`: a line of an output or error file is not a result.
 *
 * @category models
 * @since 0.1.0
 */
export type Reason = "InvalidRequest" | "BatchFailed" | "MalformedOutput"

/**
 * A batch job that could not go on. The running batches have been cancelled.
 *
 * @example
 * BatchJob.run("/v1/embeddings", requests).pipe(
 *   Stream.catchTag("BatchJobError", (e) => Stream.fromEffect(Effect.logError(e.message)))
 * )
 * @category errors
 * @since 0.1.0
 */
export class BatchJobError extends Data.TaggedError("BatchJobError")<{
  readonly reason: Reason
  readonly description: string
  /** The request at fault, for `InvalidRequest`. */
  readonly customId?: string | undefined
  /** The batch at fault, for `BatchFailed` and `MalformedOutput`. */
  readonly batch?: Batch | undefined
}> {
  override get message(): string {
    return this.description
  }
}

const TERMINAL: ReadonlyArray<Batch["status"]> = ["completed", "failed", "expired", "cancelled"]
const MAX_REQUESTS = 50_000
const MAX_BYTES = 200_000_000
const MAX_EMBEDDING_INPUTS = 50_000

const limitsOf = (options: Options | undefined): Effect.Effect<Input.Limits, BatchJobError> => {
  const requests = options?.maxRequestsPerBatch ?? MAX_REQUESTS
  const bytes = options?.maxBytesPerBatch ?? MAX_BYTES
  const inRange = (n: number, max: number) => Number.isInteger(n) && n >= 1 && n <= max
  return inRange(requests, MAX_REQUESTS) && inRange(bytes, MAX_BYTES)
    ? Effect.succeed({ requests, bytes, embeddingInputs: MAX_EMBEDDING_INPUTS })
    : Effect.fail(
      new BatchJobError({
        reason: "InvalidRequest",
        description:
          `maxRequestsPerBatch must be a whole number from 1 to ${MAX_REQUESTS} and maxBytesPerBatch from 1 to ${MAX_BYTES}`
      })
    )
}

/** A batch the job created, with the custom ids of its input file. */
interface Submitted {
  readonly batch: Batch
  readonly ids: Set<string>
}

const submit = <EIn>(
  endpoint: Endpoint,
  file: Input.InputFile<EIn | BatchJobError>,
  options: Options | undefined,
  live: Set<string>
): Effect.Effect<Submitted, EIn | OpenAIError | BatchJobError, OpenAIClient> =>
  Effect.gen(function*() {
    const uploaded = yield* Files.create({
      file: Uploadable.toFile(file.content, `batch-${file.index}.jsonl`, { type: "application/jsonl" }),
      purpose: "batch"
    }).pipe(
      // A request refused while the file was being written (or the input
      // stream's own failure) only reaches the upload as a broken body.
      Effect.catchCause((cause) => Effect.failCause<EIn | OpenAIError | BatchJobError>(file.failure() ?? cause))
    )
    const batch = yield* Batches.create({
      input_file_id: uploaded.id,
      endpoint,
      completion_window: "24h",
      metadata: options?.metadata
    })
    live.add(batch.id)
    return { batch, ids: file.ids }
  })

const isObject = (u: unknown): u is Record<string, unknown> => typeof u === "object" && u !== null

const errorObject = (error: unknown, statusCode: number | undefined): ErrorObject => {
  const e = isObject(error) ? error : {}
  const text = (u: unknown) => (typeof u === "string" ? u : undefined)
  return {
    message: text(e["message"]) ?? `status ${statusCode ?? "unknown"}`,
    type: text(e["type"]),
    code: typeof e["code"] === "number" ? e["code"] : text(e["code"]),
    param: text(e["param"])
  }
}

/** A line of an output or error file as a result, or `undefined` when it is not one. */
const toResult = <E extends Endpoint>(batchId: string, line: string): Result<E> | undefined => {
  let parsed: unknown
  try {
    parsed = JSON.parse(line)
  } catch {
    return undefined
  }
  if (!isObject(parsed) || typeof parsed["custom_id"] !== "string") return undefined
  const customId = parsed["custom_id"]
  const response = isObject(parsed["response"]) ? parsed["response"] : undefined
  const statusCode = typeof response?.["status_code"] === "number" ? response["status_code"] : undefined
  const requestId = typeof response?.["request_id"] === "string" ? response["request_id"] : undefined
  if (statusCode !== undefined && statusCode >= 200 && statusCode < 300 && !isObject(parsed["error"])) {
    return { _tag: "Success", customId, batchId, statusCode, requestId, body: response!["body"] as never }
  }
  const body = response?.["body"]
  const error = parsed["error"] ?? (isObject(body) ? body["error"] : undefined)
  return { _tag: "Failure", customId, batchId, statusCode, requestId, error: errorObject(error, statusCode) }
}

/** The results in a file of the batch, parsed line by line as the file downloads. */
const fileResults = <E extends Endpoint>(
  batch: Batch,
  fileId: string | null | undefined,
  pending: Set<string>
): Stream.Stream<Result<E>, OpenAIError | BatchJobError, OpenAIClient> =>
  fileId === undefined || fileId === null ? Stream.empty : Stream.unwrap(
    Effect.map(
      Files.content(fileId),
      (content) =>
        Stream.transformPull(Stream.splitLines(Stream.decodeText(content.stream)), (pull) => {
          let lineNumber = 0
          const next: Pull.Pull<Arr.NonEmptyReadonlyArray<Result<E>>, OpenAIError | BatchJobError> = Effect.flatMap(
            pull,
            (lines) => {
              const out: Array<Result<E>> = []
              for (const line of lines) {
                lineNumber++
                if (line.trim().length === 0) continue
                const result = toResult<E>(batch.id, line)
                if (result === undefined) {
                  return Effect.fail(
                    new BatchJobError({
                      reason: "MalformedOutput",
                      description: `Line ${lineNumber} of file ${fileId} of batch ${batch.id} is not a batch result`,
                      batch
                    })
                  )
                }
                pending.delete(result.customId)
                out.push(result)
              }
              return out.length > 0 ? Effect.succeed(out as unknown as Arr.NonEmptyReadonlyArray<Result<E>>) : next
            }
          )
          return Effect.succeed(next)
        })
    )
  )

/** Requests the batch ended without: a `Failure` each, so none goes unanswered. */
const missing = (batch: Batch, pending: Set<string>): Stream.Stream<Failure> =>
  Stream.suspend(() =>
    Stream.fromIterable(Array.from(pending, (customId): Failure => ({
      _tag: "Failure",
      customId,
      batchId: batch.id,
      statusCode: undefined,
      requestId: undefined,
      error: {
        message: `The batch ended ${batch.status} without a result for this request`,
        type: undefined,
        code: "missing_result",
        param: undefined
      }
    })))
  )

const failedBatch = (batch: Batch): BatchJobError => {
  const errors = batch.errors?.data ?? []
  const first = errors[0]
  const detail = first === undefined
    ? ""
    : `: ${first.message ?? first.code ?? "no message"}${first.line == null ? "" : ` (line ${first.line})`}${
      errors.length > 1 ? ` and ${errors.length - 1} more` : ""
    }`
  return new BatchJobError({ reason: "BatchFailed", description: `Batch ${batch.id} failed${detail}`, batch })
}

const results = <E extends Endpoint>(
  submitted: Submitted,
  options: Options | undefined,
  live: Set<string>
): Stream.Stream<Result<E>, OpenAIError | BatchJobError | Poll.PollTimeoutError<Batch>, OpenAIClient> =>
  Stream.unwrap(
    Effect.gen(function*() {
      const batch = yield* Poll.until(Batches.retrieve(submitted.batch.id), TERMINAL, {
        pollInterval: options?.pollInterval,
        maxWait: options?.maxWait
      })
      live.delete(batch.id)
      if (batch.status === "failed") return yield* Effect.fail(failedBatch(batch))
      return fileResults<E>(batch, batch.output_file_id, submitted.ids).pipe(
        Stream.concat(fileResults<E>(batch, batch.error_file_id, submitted.ids)),
        Stream.concat(missing(batch, submitted.ids))
      )
    })
  )

/**
 * Runs `requests` through the Batch API on `endpoint` and streams their
 * results as the batches finish. The batches run side by side; within one,
 * results come in the order of its output file, then its error file.
 *
 * @example
 * const results = yield* BatchJob.run("/v1/embeddings", Stream.make(
 *   { customId: "a", body: { model: "text-embedding-3-small", input: "first" } },
 *   { customId: "b", body: { model: "text-embedding-3-small", input: "second" } }
 * )).pipe(Stream.runCollect)
 * @category constructors
 * @since 0.1.0
 */
export const run = <E extends Endpoint, EIn = never, RIn = never>(
  endpoint: E,
  requests: Stream.Stream<Request<E>, EIn, RIn>,
  options?: Options
): Stream.Stream<
  Result<E>,
  EIn | OpenAIError | BatchJobError | Poll.PollTimeoutError<Batch>,
  OpenAIClient | RIn
> =>
  Stream.unwrap(
    Effect.gen(function*() {
      const limits = yield* limitsOf(options)
      // Batches created and not yet ended: whatever ends the stream early cancels them.
      const live = new Set<string>()
      yield* Effect.addFinalizer(() =>
        Effect.forEach(live, (id) => Effect.ignore(Batches.cancel(id)), { concurrency: "unbounded", discard: true })
      )
      const refuse = (customId: string | undefined, description: string) =>
        new BatchJobError({ reason: "InvalidRequest", description, customId })
      return Input.split(endpoint, requests, limits, refuse).pipe(
        Stream.mapEffect((file) => submit(endpoint, file, options, live)),
        Stream.flatMap((submitted) => results<E>(submitted, options, live), { concurrency: "unbounded" })
      )
    })
  )
