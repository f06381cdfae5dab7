/**
 * The building blocks of endpoint functions: each turns a description of one
 * API operation (`Spec`) into an `Effect` or a `Stream`, and the core does
 * the rest (auth, retries, timeouts, errors, SSE, pages).
 *
 * Resource modules are one line of data per operation:
 *
 * ```ts
 * export const retrieve = (fileId: string, options?: RequestOptions) =>
 *   Operation.json<FileObject>({ operationId: "retrieveFile", method: "GET", path: Operation.path`/files/${fileId}` }, options)
 * ```
 *
 * The same functions serve endpoints this library does not cover yet.
 *
 * @since 0.1.0
 */
import * as Arr from "effect/Array"
import * as Cause from "effect/Cause"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as HashSet from "effect/HashSet"
import * as Option from "effect/Option"
import * as Pull from "effect/Pull"
import * as Scope from "effect/Scope"
import * as Stream from "effect/Stream"
import type { BinaryResponse } from "./BinaryResponse.ts"
import { fromHttpClientError } from "./internal/failures.ts"
import * as Multipart from "./internal/multipart.ts"
import * as Pipeline from "./internal/pipeline.ts"
import type { OpenAIClient } from "./internal/service.ts"
import * as Sse from "./internal/sse.ts"
import * as Errors from "./OpenAIError.ts"
import type { Page, PageKind } from "./Page.ts"
import type { RequestOptions } from "./RequestOptions.ts"
import * as ResponseMetadata from "./ResponseMetadata.ts"

/**
 * One operation: method, path (built with `path`), query, body and how the
 * body is encoded, and the operation's auth and beta header.
 *
 * @category models
 * @since 0.1.0
 */
export type Spec = Pipeline.Spec

/**
 * A path template that percent-encodes each parameter, so an id with a `/`
 * or `?` cannot reach another endpoint.
 *
 * @example
 * Operation.path`/threads/${threadId}/runs/${runId}` // "/threads/thread_1/runs/run_1"
 * @category constructors
 * @since 0.1.0
 */
export const path = (strings: TemplateStringsArray, ...params: ReadonlyArray<string>): string => {
  let out = strings[0]!
  for (let i = 0; i < params.length; i++) out += encodeURIComponent(params[i]!) + strings[i + 1]!
  return out
}

/**
 * A multipart form body: files (any `Uploadable`) become file parts with a
 * filename and content type; arrays and objects use bracket names
 * (`tags[]`, `meta[key]`). `files` names the fields that take a file: a
 * value there that is not a file, or an object anywhere that is neither
 * plain nor a file, fails the call with an `InvalidRequestError` naming the
 * field before anything is sent. A form whose files are all Blobs or bytes is
 * sent again on a retry; one with a streamed file is sent once.
 *
 * @example
 * Operation.json<FileObject>({ operationId: "createFile", method: "POST", path: "/files", body: Operation.multipart({ file, purpose: "batch" }, ["file"]) })
 * @category constructors
 * @since 0.1.0
 */
export const multipart = (fields: object, files: ReadonlyArray<string> = []): unknown =>
  Multipart.form(fields as Record<string, unknown>, false, files)

/**
 * A multipart form when any field is a file, else a JSON body: for endpoints
 * that take either an upload or a reference to one. `files` as in `multipart`.
 *
 * @example
 * Operation.json({ operationId: "createImageEdit", method: "POST", path: "/images/edits", body: Operation.multipartIfFile(params, ["image"]) })
 * @category constructors
 * @since 0.1.0
 */
export const multipartIfFile = (fields: object, files: ReadonlyArray<string> = []): unknown =>
  Multipart.form(fields as Record<string, unknown>, true, files)

/**
 * The `model` a call names: the JSON body's field or a multipart form's,
 * the call's extra body fields first, read without encoding the body (a
 * streamed upload stays unread). For an `Intercept` that routes by model.
 *
 * @example
 * Operation.model({ operationId: "createEmbedding", method: "POST", path: "/embeddings", body: { model: "text-embedding-3-small", input: "hi" } }) // "text-embedding-3-small"
 * @category accessors
 * @since 0.1.0
 */
export const model = (
  spec: { readonly body?: unknown },
  options?: RequestOptions | undefined
): string | undefined => Pipeline.modelOf(spec.body, options?.body)

const parseJson = <A>(received: Pipeline.Received): Effect.Effect<A, Errors.OpenAIError> =>
  Effect.flatMap(
    Effect.mapError(received.response.text, fromHttpClientError(received.label)),
    (text) =>
      Effect.try({
        // Recording on the span only reads the answer, so whatever throws here is `JSON.parse`.
        try: () => Pipeline.annotateResult(received.span, JSON.parse(text) as A),
        catch: (cause) =>
          new Errors.DecodeError({
            ...Pipeline.origin(received),
            description: text.length === 0 ? "empty body where JSON was expected" : "malformed JSON",
            cause
          })
      })
  )

/**
 * Sends the operation and decodes its JSON answer. The answer is typed, not
 * validated: new fields and enum values pass through.
 *
 * @example
 * const model = yield* Operation.json<Model>({ operationId: "retrieveModel", method: "GET", path: "/models/gpt-4o" })
 * @category constructors
 * @since 0.1.0
 */
export const json = <A>(spec: Spec, options?: RequestOptions): Effect.Effect<A, Errors.OpenAIError, OpenAIClient> =>
  Pipeline.execute(spec, options, "application/json", parseJson<A>)

/**
 * An operation's request, ready to send, and the attempt timeout in force.
 *
 * @category models
 * @since 0.1.0
 */
export type Prepared = Pipeline.Prepared

/**
 * The request one attempt of the operation would send, with the client's
 * base URL, headers, key (a token provider runs once) and intercept (Azure,
 * `transformRequest`) applied, without sending it; and the attempt timeout in force. For
 * transports other than HTTP, such as the realtime WebSocket handshake.
 *
 * @example
 * const { request, timeout } = yield* Operation.prepare({ operationId: "realtime", method: "GET", path: "/realtime" })
 * @category constructors
 * @since 0.1.0
 */
export const prepare = (
  spec: Spec,
  options?: RequestOptions
): Effect.Effect<Prepared, Errors.OpenAIError, OpenAIClient> => Pipeline.prepare(spec, options)

/**
 * Sends an operation that answers with no body worth reading.
 *
 * @example
 * yield* Operation.empty({ operationId: "deleteThing", method: "DELETE", path: "/things/1" })
 * @category constructors
 * @since 0.1.0
 */
export const empty = (spec: Spec, options?: RequestOptions): Effect.Effect<void, Errors.OpenAIError, OpenAIClient> =>
  Pipeline.execute(
    spec,
    options,
    "*/*",
    (received) => Effect.mapError(Effect.asVoid(received.response.arrayBuffer), fromHttpClientError(received.label))
  )

/**
 * Sends an operation that answers with bytes, and returns them as a stream.
 *
 * @example
 * const content = yield* Operation.binary({ operationId: "downloadFile", method: "GET", path: "/files/file_1/content" })
 * const text = yield* content.text
 * @category constructors
 * @since 0.1.0
 */
export const binary = (
  spec: Spec,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, Errors.OpenAIError, OpenAIClient> =>
  Pipeline.execute(spec, options, "application/octet-stream", (received) => {
    const stream = Pipeline.bodyStream(received)
    const bytes = Stream.mkUint8Array(stream)
    return Effect.succeed<BinaryResponse>({
      response: ResponseMetadata.fromHeaders(received.response.status, received.response.headers),
      contentType: received.response.headers["content-type"],
      stream,
      bytes,
      text: Effect.map(bytes, (b) => new TextDecoder().decode(b))
    })
  })

const streamError = (received: Pipeline.Received, payload: unknown): Errors.StreamError => {
  const raw = typeof payload === "object" && payload !== null && "error" in payload
    ? (payload as { readonly error: unknown }).error
    : payload
  const record = typeof raw === "object" && raw !== null ? raw as Record<string, unknown> : {}
  const code = record.code
  return new Errors.StreamError({
    ...Pipeline.origin(received),
    error: {
      message: typeof record.message === "string"
        ? record.message
        : typeof raw === "string"
        ? raw
        : JSON.stringify(raw),
      type: typeof record.type === "string" ? record.type : undefined,
      code: typeof code === "string" || typeof code === "number" ? code : undefined,
      param: typeof record.param === "string" ? record.param : undefined
    }
  })
}

/**
 * How `sse` turns an event into an element: `data` yields the parsed data
 * (chat chunks, Responses events, which carry their own `type`), `named`
 * yields `{ event, data }` (Assistants runs, whose data does not say which
 * event it is).
 *
 * @category models
 * @since 0.1.0
 */
export type EventShape = "data" | "named"

/**
 * Sends a streaming operation (with `Accept: text/event-stream`) and yields
 * its events as they arrive. The stream ends at `data: [DONE]` or
 * `event: done`; an `event: error`, or data with an `error` field, fails it
 * with a `StreamError` carrying the server's code; unknown events pass
 * through. Dropping the stream early aborts the request.
 *
 * @example
 * Operation.sse<ChatCompletionChunk>({ operationId: "createChatCompletion", method: "POST", path: "/chat/completions", body: { ...params, stream: true } })
 * @category constructors
 * @since 0.1.0
 */
export const sse = <A>(
  spec: Spec,
  options?: RequestOptions,
  shape: EventShape = "data"
): Stream.Stream<A, Errors.OpenAIError, OpenAIClient> =>
  Stream.unwrap(
    Pipeline.execute(spec, options, "text/event-stream", (received) =>
      isJson(received.response.headers["content-type"])
        ? notStreamed(received)
        : firstThenRest(decodeEvents<A>(received, shape)))
  )

/**
 * Reads the first events inside the attempt, so a connection that drops or
 * stalls before anything was emitted is retried like any failed request;
 * once the first events are handed on, the rest of the stream is never
 * retried. The pull lives in its own scope, closed when the stream ends or
 * when the attempt fails.
 */
const firstThenRest = <A>(
  events: Stream.Stream<A, Errors.OpenAIError>
): Effect.Effect<Stream.Stream<A, Errors.OpenAIError>, Errors.OpenAIError> =>
  Effect.flatMap(
    Scope.make(),
    (scope) =>
      Effect.flatMap(Scope.provide(Stream.toPull(events), scope), (pull) =>
        Pull.matchEffect(pull, {
          onSuccess: (first) => {
            let pending: Arr.NonEmptyReadonlyArray<A> | undefined = first
            const rest = Effect.suspend(() => {
              if (pending === undefined) return pull
              const out = pending
              pending = undefined
              return Effect.succeed(out)
            })
            return Effect.succeed(Stream.ensuring(Stream.fromPull(Effect.succeed(rest)), Scope.close(scope, Exit.void)))
          },
          onFailure: (cause) => Effect.andThen(Scope.close(scope, Exit.void), Effect.failCause(cause)),
          onDone: () => Effect.as(Scope.close(scope, Exit.void), Stream.empty)
        })).pipe(Effect.onInterrupt(() => Scope.close(scope, Exit.void)))
  )

const isJson = (contentType: string | undefined): boolean =>
  contentType !== undefined && /^application\/(?:[\w.+-]*\+)?json\b/i.test(contentType)

// A server that ignores the request to stream answers one JSON document,
// which holds no event: say so instead of ending the stream empty.
const notStreamed = (received: Pipeline.Received) =>
  Effect.flatMap(
    Effect.catch(received.response.text, () => Effect.succeed("")),
    (text) =>
      Effect.fail(
        new Errors.DecodeError({
          ...Pipeline.origin(received),
          description: `the server answered JSON where an event stream was asked for: ${text.slice(0, 200)}`
        })
      )
  )

const hasErrorField = (data: unknown): boolean =>
  typeof data === "object" && data !== null && "error" in data && (data as { readonly error: unknown }).error != null

const decodeEvents = <A>(received: Pipeline.Received, shape: EventShape): Stream.Stream<A, Errors.OpenAIError> =>
  Stream.transformPull(Sse.decode(Pipeline.bodyStream(received)), (pull) => {
    // What ends the stream once the events before it have been emitted.
    let end: Pull.Pull<never, Errors.OpenAIError> | undefined
    const next: Pull.Pull<Arr.NonEmptyReadonlyArray<A>, Errors.OpenAIError> = Effect.suspend(() => {
      if (end !== undefined) return end
      return Effect.flatMap(pull, (batch) => {
        const out: Array<A> = []
        for (const event of batch) {
          if (event.data === "[DONE]" || event.event === "done") {
            end = Cause.done()
            break
          }
          let data: unknown
          try {
            data = JSON.parse(event.data)
          } catch (cause) {
            end = Effect.fail(
              new Errors.DecodeError({
                ...Pipeline.origin(received),
                description: `malformed JSON in a stream event: ${event.data.slice(0, 100)}`,
                cause
              })
            )
            break
          }
          if (event.event === "error" || hasErrorField(data)) {
            end = Effect.fail(streamError(received, data))
            break
          }
          out.push((shape === "named" ? { event: event.event, data } : data) as A)
        }
        return Arr.isReadonlyArrayNonEmpty(out) ? Effect.succeed(out) : next
      })
    })
    return Effect.succeed(next)
  })

interface PageBody {
  readonly data?: ReadonlyArray<unknown>
  readonly has_more?: boolean
  readonly last_id?: string | null
  readonly next?: string | null
}

const lastItemId = (body: PageBody): string | undefined => {
  const last = body.data?.[body.data.length - 1] as { readonly id?: unknown } | undefined
  return typeof last?.id === "string" ? last.id : undefined
}

// Each kind has its own cursor; the other one is the fallback, since servers
// (and the spec, where `last_id` is optional) do not always send both.
const nextCursor = (kind: PageKind, body: PageBody): string | undefined => {
  switch (kind) {
    case "single":
      return undefined
    case "cursor":
      return lastItemId(body) ?? body.last_id ?? undefined
    case "conversationCursor":
      return body.last_id ?? lastItemId(body)
    case "nextCursor":
      return body.next ?? undefined
  }
}

const hasMore = (kind: PageKind, body: PageBody): boolean =>
  kind === "single" ? false : kind === "nextCursor" ? body.has_more ?? (body.next != null) : body.has_more === true

/**
 * Fetches one page of a list operation. The next page, when there is one,
 * sends the cursor as `after`; a server that hands back a cursor this list
 * has already sent fails with `InvalidRequestError` instead of looping forever.
 *
 * @example
 * const page = yield* Operation.page<FileObject>("cursor", { operationId: "listFiles", method: "GET", path: "/files", query: { limit: 100 } })
 * @category constructors
 * @since 0.1.0
 */
export const page = <A>(
  kind: PageKind,
  spec: Spec,
  options?: RequestOptions
): Effect.Effect<Page<A>, Errors.OpenAIError, OpenAIClient> => pageAfter(kind, spec, options, HashSet.empty())

const pageAfter = <A>(
  kind: PageKind,
  spec: Spec,
  options: RequestOptions | undefined,
  sent: HashSet.HashSet<string>
): Effect.Effect<Page<A>, Errors.OpenAIError, OpenAIClient> =>
  Effect.flatMap(json<PageBody>(spec, options), (body) => {
    const more = hasMore(kind, body)
    const cursor = more ? nextCursor(kind, body) : undefined
    if (more && (cursor === undefined || HashSet.has(sent, cursor))) {
      return Effect.fail(
        new Errors.InvalidRequestError({
          request: `${spec.method} ${spec.path}`,
          description: cursor === undefined
            ? "The server said there are more pages but gave no cursor to reach them"
            : `The server returned a cursor this list already sent (${cursor}): the list would never end`
        })
      )
    }
    return Effect.succeed<Page<A>>({
      data: (body.data ?? []) as ReadonlyArray<A>,
      hasMore: more,
      cursor,
      next: cursor === undefined
        ? undefined
        : pageAfter<A>(kind, { ...spec, query: { ...spec.query, after: cursor } }, options, HashSet.add(sent, cursor)),
      body
    })
  })

/**
 * All items of a list operation as a lazy `Stream`: a page is fetched only
 * when the items before it have been consumed, so `Stream.take(n)` fetches no
 * page it does not need. Empty pages that say there is more are followed.
 *
 * @example
 * Operation.list<FileObject>("cursor", { operationId: "listFiles", method: "GET", path: "/files" }).pipe(Stream.take(10))
 * @category constructors
 * @since 0.1.0
 */
export const list = <A>(
  kind: PageKind,
  spec: Spec,
  options?: RequestOptions
): Stream.Stream<A, Errors.OpenAIError, OpenAIClient> =>
  Stream.paginate(
    page<A>(kind, spec, options),
    (current) =>
      Effect.map(current, (p) => [p.data, p.next === undefined ? Option.none() : Option.some(p.next)] as const)
  )
