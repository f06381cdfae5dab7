/**
 * Fault injection against a real `node:http` server on 127.0.0.1, through
 * `FetchHttpClient`: resets, stalls, rate limits with each retry header, 5xx
 * storms, truncated and malformed bodies and streams, cancellation, and a
 * sentinel API key that must never leak. Real sockets need real time, so
 * these are `it.live` tests with short timeouts and retry delays; every server
 * is closed by its test's scope and every request loop is bounded.
 */
import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { inspect } from "node:util"
import * as FaultServer from "./utils/FaultServer.ts"

interface Completion {
  readonly id: string
}

interface Chunk {
  readonly n: number
}

const params = { model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] }

const create = (options?: RequestOptions) =>
  Operation.json<Completion>({
    operationId: "createChatCompletion",
    method: "POST",
    path: "/chat/completions",
    body: params
  }, options)

const createStream = (options?: RequestOptions) =>
  Operation.sse<Chunk>({
    operationId: "createChatCompletion",
    method: "POST",
    path: "/chat/completions",
    body: { ...params, stream: true }
  }, options)

const completion: Completion = { id: "chatcmpl-1" }
const ok = FaultServer.json(200, completion)

/** Retries quickly (10 ms apart), at most `times` times. */
const fast = (times: number) => Schedule.spaced("10 millis").pipe(Schedule.upTo({ times }))

const clientLayer = (server: FaultServer.FaultServer, options: OpenAIClient.Options = {}) =>
  OpenAIClient.layer({ apiKey: Redacted.make("sk-test"), baseURL: server.url, ...options }).pipe(
    Layer.provide(FetchHttpClient.layer)
  )

/** Runs `effect` with a client of `server`. */
const withClient =
  (server: FaultServer.FaultServer, options: OpenAIClient.Options = {}) =>
  <A, E>(effect: Effect.Effect<A, E, OpenAIClient.OpenAIClient>): Effect.Effect<A, E> =>
    Effect.provide(effect, clientLayer(server, options))

/** Asserts the tag and narrows the error to it. */
const expectTag = <T extends OpenAIError["_tag"]>(error: OpenAIError, tag: T): Extract<OpenAIError, { _tag: T }> => {
  assert.strictEqual(error._tag, tag, `expected ${tag}, got ${error._tag}: ${error.message}`)
  return error as Extract<OpenAIError, { _tag: T }>
}

/** Consumes `stream`, recording every element, and returns the elements and the failure. */
const collectUntilFailure = <A>(stream: Stream.Stream<A, OpenAIError, OpenAIClient.OpenAIClient>) =>
  Effect.gen(function*() {
    const seen: Array<A> = []
    const error = yield* stream.pipe(
      Stream.runForEach((a) => Effect.sync(() => seen.push(a))),
      Effect.flip
    )
    return { seen, error }
  })

/** The time between the arrival of two requests, in milliseconds. */
const gap = (server: FaultServer.FaultServer, from: number, to: number) =>
  server.requests[to]!.receivedAt - server.requests[from]!.receivedAt

/** Polls `condition` every 5 ms, failing the test after `timeoutMs`. */
const eventually = (condition: () => boolean, what: string, timeoutMs = 2000) =>
  Effect.suspend(() => (condition() ? Effect.void : Effect.fail(what))).pipe(
    Effect.retry(Schedule.spaced("5 millis").pipe(Schedule.upTo({ times: timeoutMs / 5 }))),
    Effect.orDie
  )

const elapsed = <A, E, R>(effect: Effect.Effect<A, E, R>) =>
  Effect.suspend(() => {
    const start = performance.now()
    return Effect.map(effect, (a) => [a, performance.now() - start] as const)
  })

describe("faults", () => {
  describe("connection resets", () => {
    it.live("a connection reset before the headers is retried, and the next attempt's answer is returned", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.reset, ok])
        const result = yield* create({ retry: fast(2) }).pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
      }))

    it.live("with maxRetries 0 a reset fails with APIConnectionError after exactly one request", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.reset, ok])
        const error = yield* create({ maxRetries: 0 }).pipe(withClient(server), Effect.flip)
        expectTag(error, "APIConnectionError")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("a JSON body cut short by a reset is retried like any broken attempt", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.cutBody("{\"id\":\"chatc", 100), ok])
        const result = yield* create({ retry: fast(2) }).pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
      }))

    it.live("a reset mid-stream after 3 events yields those 3, then fails with APIConnectionError, without a retry", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse(
            [FaultServer.event({ n: 1 }), FaultServer.event({ n: 2 }), FaultServer.event({ n: 3 })],
            "reset"
          ),
          FaultServer.endlessSse()
        ])
        const { error, seen } = yield* collectUntilFailure(createStream({ retry: fast(2) })).pipe(withClient(server))
        assert.deepStrictEqual(seen, [{ n: 1 }, { n: 2 }, { n: 3 }])
        expectTag(error, "APIConnectionError")
        assert.strictEqual(server.requests.length, 1)
      }))
  })

  describe("stalls", () => {
    it.live("a JSON call whose body stalls after the headers fails with a request timeout", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.stallAfterHeaders()])
        const [error, ms] = yield* create({ timeout: 200, maxRetries: 0 }).pipe(
          withClient(server),
          Effect.flip,
          elapsed
        )
        const timeout = expectTag(error, "APIConnectionTimeoutError")
        assert.strictEqual(timeout.kind, "request")
        assert.strictEqual(Duration.toMillis(timeout.timeout), 200)
        assert.isAtLeast(ms, 195)
        assert.isBelow(ms, 2000)
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("a timed-out attempt closes its connection", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.stallAfterHeaders()])
        yield* create({ timeout: 200, maxRetries: 0 }).pipe(withClient(server), Effect.flip)
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
      }))

    it.live("a stalled attempt is retried after its timeout, then the next answer is returned", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.stallBeforeHeaders, ok])
        const result = yield* create({ timeout: 200, retry: fast(2) }).pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
        assert.isTrue((yield* server.awaitClose(0)).cutShort, "the stalled attempt's connection was closed")
      }))

    it.live("a stream that stalls before its first event is retried, then streams", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.stallAfterHeaders({ "content-type": "text/event-stream" }),
          FaultServer.sse([FaultServer.event({ n: 1 }), FaultServer.event({ n: 2 })], "end")
        ])
        const seen = yield* createStream({ idleTimeout: 200, retry: fast(2) }).pipe(
          Stream.runCollect,
          withClient(server)
        )
        assert.deepStrictEqual(seen, [{ n: 1 }, { n: 2 }])
        assert.strictEqual(server.requests.length, 2)
        assert.isTrue((yield* server.awaitClose(0)).cutShort, "the stalled attempt's connection was closed")
      }))

    it.live("a stream that stalls before its first event on every attempt fails with an idle timeout", () =>
      Effect.gen(function*() {
        const stall = FaultServer.stallAfterHeaders({ "content-type": "text/event-stream" })
        const server = yield* FaultServer.make([stall, stall, stall])
        const { error, seen } = yield* collectUntilFailure(createStream({ idleTimeout: 200, retry: fast(2) })).pipe(
          withClient(server)
        )
        assert.deepStrictEqual(seen, [])
        const timeout = expectTag(error, "APIConnectionTimeoutError")
        assert.strictEqual(timeout.kind, "idle")
        assert.strictEqual(Duration.toMillis(timeout.timeout), 200)
        assert.strictEqual(server.requests.length, 3)
      }))

    it.live("a stream that stalls after 2 events yields them, then fails with an idle timeout", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse([FaultServer.event({ n: 1 }), FaultServer.event({ n: 2 })], "stall")
        ])
        const { error, seen } = yield* collectUntilFailure(createStream({ idleTimeout: 200 })).pipe(withClient(server))
        assert.deepStrictEqual(seen, [{ n: 1 }, { n: 2 }])
        assert.strictEqual(expectTag(error, "APIConnectionTimeoutError").kind, "idle")
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
      }))
  })

  describe("rate limits", () => {
    const rateLimited = (headers: Record<string, string>) =>
      FaultServer.json(
        429,
        { error: { message: "Rate limit reached", type: "requests", code: "rate_limit_exceeded" } },
        {
          "x-request-id": "req_429",
          ...headers
        }
      )

    it.live("a 429 with retry-after-ms is retried after that many milliseconds", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([rateLimited({ "retry-after-ms": "600" }), ok])
        const result = yield* create().pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
        // above the default backoff's 500 ms, so the header decided the delay
        assert.isAtLeast(gap(server, 0, 1), 590)
        assert.isBelow(gap(server, 0, 1), 1500)
      }))

    it.live("a 429 with retry-after in fractional seconds is retried after that delay", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([rateLimited({ "retry-after": "0.6" }), ok])
        const result = yield* create().pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
        assert.isAtLeast(gap(server, 0, 1), 590)
        assert.isBelow(gap(server, 0, 1), 1500)
      }))

    it.live("a 429 with retry-after 0 is retried at once, not after the backoff", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([rateLimited({ "retry-after": "0" }), ok])
        const result = yield* create().pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
        // the default backoff's shortest first delay is 375 ms
        assert.isBelow(gap(server, 0, 1), 350)
      }))

    it.live("a 429 with retry-after as an HTTP date is retried at that date", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          (context) =>
            // HTTP dates have whole seconds: the delay is between 1 and 2 seconds
            rateLimited({ "retry-after": new Date(Date.now() + 2000).toUTCString() })(context),
          ok
        ])
        const result = yield* create().pipe(withClient(server))
        assert.deepStrictEqual(result, completion)
        assert.strictEqual(server.requests.length, 2)
        assert.isAtLeast(gap(server, 0, 1), 900)
        assert.isBelow(gap(server, 0, 1), 2500)
      }))

    it.live("a 429 asking for longer than maxRetryAfter fails at once with RateLimitError and its retryAfter", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([rateLimited({ "retry-after": "30" }), ok])
        const [error, ms] = yield* create().pipe(
          withClient(server, { maxRetryAfter: "1 second" }),
          Effect.flip,
          elapsed
        )
        const rateLimit = expectTag(error, "RateLimitError")
        assert.strictEqual(rateLimit.status, 429)
        assert.strictEqual(rateLimit.requestId, "req_429")
        assert.strictEqual(rateLimit.error?.code, "rate_limit_exceeded")
        assert.isDefined(rateLimit.retryAfter)
        assert.strictEqual(Duration.toMillis(rateLimit.retryAfter!), 30_000)
        assert.strictEqual(server.requests.length, 1)
        assert.isBelow(ms, 1000)
      }))
  })

  describe("server errors", () => {
    const unavailable = FaultServer.json(503, { error: { message: "The server is overloaded", type: "server_error" } })

    it.live("a 5xx storm is retried maxRetries times with backoff, then fails with InternalServerError", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([unavailable], { repeatLast: true })
        const error = yield* create({ maxRetries: 2 }).pipe(withClient(server), Effect.flip)
        const serverError = expectTag(error, "InternalServerError")
        assert.strictEqual(serverError.status, 503)
        assert.strictEqual(serverError.error?.message, "The server is overloaded")
        assert.strictEqual(server.requests.length, 3)
        // default backoff: 0.5 s then 1 s, each with jitter down to 75%
        assert.isAtLeast(gap(server, 0, 1), 370)
        assert.isAtLeast(gap(server, 1, 2), 745)
      }))

    it.live("a 5xx storm under a custom Schedule sends exactly its recurrences plus one", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([unavailable], { repeatLast: true })
        const error = yield* create({ retry: fast(4) }).pipe(withClient(server), Effect.flip)
        expectTag(error, "InternalServerError")
        assert.strictEqual(server.requests.length, 5)
      }))

    it.live("a stream whose first attempt gets a 503 is retried before any event, and yields the next attempt's events", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          unavailable,
          FaultServer.sse([FaultServer.event({ n: 1 }), FaultServer.event({ n: 2 }), "data: [DONE]\n\n"])
        ])
        const events = yield* createStream({ retry: fast(2) }).pipe(Stream.runCollect, withClient(server))
        assert.deepStrictEqual(events, [{ n: 1 }, { n: 2 }])
        assert.strictEqual(server.requests.length, 2)
      }))

    it.live("a 5xx storm under a total timeout fails with a total timeout at that deadline", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([unavailable], { repeatLast: true })
        const [error, ms] = yield* create({ totalTimeout: 300, retry: fast(1000) }).pipe(
          withClient(server),
          Effect.flip,
          elapsed
        )
        const timeout = expectTag(error, "APIConnectionTimeoutError")
        assert.strictEqual(timeout.kind, "total")
        assert.strictEqual(Duration.toMillis(timeout.timeout), 300)
        assert.isAtLeast(ms, 295)
        assert.isBelow(ms, 2000)
        assert.isAbove(server.requests.length, 1)
        // a request sent just before the deadline may still be in flight: let it land, then count
        yield* Effect.sleep("50 millis")
        const sent = server.requests.length
        yield* Effect.sleep("150 millis")
        assert.strictEqual(server.requests.length, sent, "no request after the deadline")
      }))

    it.live("a 503 with x-should-retry: false is not retried", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.json(503, { error: { message: "no" } }, { "x-should-retry": "false" }),
          ok
        ])
        const error = yield* create({ retry: fast(2) }).pipe(withClient(server), Effect.flip)
        expectTag(error, "InternalServerError")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("a 502 with an HTML body fails with InternalServerError carrying the HTML as its body", () =>
      Effect.gen(function*() {
        const html = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>"
        const server = yield* FaultServer.make([FaultServer.text(502, html, { "content-type": "text/html" })])
        const error = yield* create({ maxRetries: 0 }).pipe(withClient(server), Effect.flip)
        const serverError = expectTag(error, "InternalServerError")
        assert.strictEqual(serverError.status, 502)
        assert.strictEqual(serverError.body, html)
        assert.isUndefined(serverError.error)
        assert.strictEqual(server.requests.length, 1)
      }))
  })

  describe("truncated and malformed bodies", () => {
    it.live("a stream the server ends without [DONE] delivers every event, the last one without its blank line included", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse([FaultServer.event({ n: 1 }), FaultServer.event({ n: 2 }), "data: {\"n\":3}"])
        ])
        const events = yield* createStream().pipe(Stream.runCollect, withClient(server))
        assert.deepStrictEqual(events, [{ n: 1 }, { n: 2 }, { n: 3 }])
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("a stream cut inside an event's JSON yields the complete events, then fails with DecodeError", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse([FaultServer.event({ n: 1 }), FaultServer.event({ n: 2 }), "data: {\"n\":"])
        ])
        const { error, seen } = yield* collectUntilFailure(createStream()).pipe(withClient(server))
        assert.deepStrictEqual(seen, [{ n: 1 }, { n: 2 }])
        expectTag(error, "DecodeError")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("malformed JSON in a data line fails the stream with DecodeError after the events before it", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse([FaultServer.event({ n: 1 }), "data: {not json}\n\n", FaultServer.event({ n: 3 })])
        ])
        const { error, seen } = yield* collectUntilFailure(createStream()).pipe(withClient(server))
        assert.deepStrictEqual(seen, [{ n: 1 }])
        const decode = expectTag(error, "DecodeError")
        assert.include(decode.description, "{not json}")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("malformed JSON in a JSON answer fails with DecodeError, without a retry", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.text(200, "{\"id\": \"chatcmpl-1\",", {
            "content-type": "application/json",
            "x-request-id": "req_bad"
          }),
          ok
        ])
        const error = yield* create({ retry: fast(2) }).pipe(withClient(server), Effect.flip)
        const decode = expectTag(error, "DecodeError")
        assert.strictEqual(decode.requestId, "req_bad")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("an error event mid-stream fails with StreamError carrying the server's code, after the earlier events", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse([
            FaultServer.event({ n: 1 }),
            FaultServer.event({ n: 2 }),
            FaultServer.event({ error: { message: "boom", code: "server_error" } }, "error"),
            FaultServer.event({ n: 3 })
          ])
        ])
        const { error, seen } = yield* collectUntilFailure(createStream()).pipe(withClient(server))
        assert.deepStrictEqual(seen, [{ n: 1 }, { n: 2 }])
        const streamError = expectTag(error, "StreamError")
        assert.strictEqual(streamError.error.code, "server_error")
        assert.strictEqual(streamError.error.message, "boom")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("a stream ends at [DONE] even when the server keeps the connection open, and closes it", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.sse([FaultServer.event({ n: 1 }), "data: [DONE]\n\n", FaultServer.event({ n: 2 })], "stall")
        ])
        const events = yield* createStream().pipe(Stream.runCollect, withClient(server))
        assert.deepStrictEqual(events, [{ n: 1 }])
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
      }))
  })

  describe("cancellation", () => {
    it.live("taking 2 events of an endless stream closes the server's connection", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.endlessSse()])
        const events = yield* createStream().pipe(Stream.take(2), Stream.runCollect, withClient(server))
        assert.deepStrictEqual(events, [{ n: 0 }, { n: 1 }])
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("interrupting the fiber consuming a stream closes the server's connection", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.endlessSse()])
        const seen: Array<Chunk> = []
        const fiber = yield* createStream().pipe(
          Stream.runForEach((chunk) => Effect.sync(() => seen.push(chunk))),
          withClient(server),
          Effect.forkChild
        )
        yield* eventually(() => seen.length >= 2, "the consumer never saw 2 events")
        yield* Fiber.interrupt(fiber)
        assert.isTrue(Exit.hasInterrupts(yield* Fiber.await(fiber)))
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
      }))

    it.live("interrupting a JSON call waiting for headers aborts the request", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.stallBeforeHeaders])
        const fiber = yield* create().pipe(withClient(server), Effect.forkChild)
        yield* server.awaitRequests(1)
        yield* Fiber.interrupt(fiber)
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("interrupting a JSON call reading a slow body aborts the request", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          ({ response, after }) => {
            response.writeHead(200, { "content-type": "application/json" })
            response.write("{\"id\":")
            after(10_000, () => response.end("\"late\"}"))
          }
        ])
        const fiber = yield* create().pipe(withClient(server), Effect.forkChild)
        yield* server.awaitRequests(1)
        yield* Effect.sleep("50 millis") // the headers have arrived: the client is reading the body
        yield* Fiber.interrupt(fiber)
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
      }))

    it.live("interrupting a call waiting to retry sends no further request", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          FaultServer.json(429, { error: { message: "slow down" } }, { "retry-after-ms": "10000" }),
          ok
        ])
        const fiber = yield* create().pipe(withClient(server), Effect.forkChild)
        yield* server.awaitRequests(1)
        yield* Effect.sleep("50 millis")
        const [, ms] = yield* elapsed(Fiber.interrupt(fiber))
        assert.isBelow(ms, 1000)
        yield* Effect.sleep("100 millis")
        assert.strictEqual(server.requests.length, 1)
      }))

    it.live("dropping a binary download after its first chunk closes the server's connection", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          ({ response, every }) => {
            response.writeHead(200, { "content-type": "application/octet-stream" })
            every(5, 2000, () => response.write(new Uint8Array(1024)))
          }
        ])
        const chunks = yield* Operation.binary({
          operationId: "downloadFile",
          method: "GET",
          path: "/files/file_1/content"
        })
          .pipe(
            Effect.flatMap((content) => Stream.runCollect(Stream.take(content.stream, 1))),
            withClient(server)
          )
        assert.strictEqual(chunks.length, 1)
        const recorded = yield* server.awaitClose(0)
        assert.isTrue(recorded.cutShort)
      }))
  })

  describe("lists", () => {
    const listFiles = (options?: RequestOptions) =>
      Operation.list<{ readonly id: string }>("cursor", {
        operationId: "listFiles",
        method: "GET",
        path: "/files"
      }, options)

    const page = (ids: ReadonlyArray<string>, hasMore: boolean) =>
      FaultServer.json(200, { object: "list", data: ids.map((id) => ({ id })), has_more: hasMore })

    it.live("a reset while fetching the second page is retried, and the list yields every item once", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([page(["a", "b"], true), FaultServer.reset, page(["c"], false)])
        const items = yield* listFiles({ retry: fast(2) }).pipe(Stream.runCollect, withClient(server))
        assert.deepStrictEqual(items.map((item) => item.id), ["a", "b", "c"])
        assert.deepStrictEqual(server.requests.map((r) => r.url), ["/files", "/files?after=b", "/files?after=b"])
      }))

    it.live("a second page that keeps failing yields the first page's items, then InternalServerError", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([
          page(["a", "b"], true),
          FaultServer.json(500, { error: { message: "down" } })
        ], { repeatLast: true })
        const { error, seen } = yield* collectUntilFailure(listFiles({ retry: fast(2) })).pipe(withClient(server))
        assert.deepStrictEqual(seen.map((item) => item.id), ["a", "b"])
        expectTag(error, "InternalServerError")
        assert.strictEqual(server.requests.length, 4)
      }))

    it.live("a server cycling between two cursors fails with InvalidRequestError instead of looping", () =>
      Effect.gen(function*() {
        // pages a, b, a, b...: each cursor differs from the one just sent, but the list never ends.
        // The script allows 6 requests; a 7th is answered 599 and ends the test either way.
        const server = yield* FaultServer.make([
          page(["a"], true),
          page(["b"], true),
          page(["a"], true),
          page(["b"], true),
          page(["a"], true),
          page(["b"], true)
        ])
        const { error, seen } = yield* collectUntilFailure(listFiles({ maxRetries: 0 })).pipe(withClient(server))
        expectTag(error, "InvalidRequestError")
        assert.deepStrictEqual(seen.map((item) => item.id), ["a", "b"])
        assert.strictEqual(server.requests.length, 3)
      }))
  })

  describe("the API key never leaks", () => {
    const sentinel = `sk-sentinel-${crypto.randomUUID()}`

    /** Everything a user might print of an error. */
    const renderings = (error: OpenAIError): ReadonlyArray<string> => [
      error.message,
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 20 }),
      Cause.pretty(Cause.fail(error))
    ]

    const failures: ReadonlyArray<readonly [string, FaultServer.Step, RequestOptions, boolean]> = [
      [
        "a 401",
        FaultServer.json(401, { error: { message: "Incorrect API key provided", code: "invalid_api_key" } }),
        {},
        false
      ],
      ["a connection reset", FaultServer.reset, {}, false],
      ["a request timeout", FaultServer.stallAfterHeaders(), { timeout: 100 }, false],
      [
        "a 502 HTML page",
        FaultServer.text(502, "<html>Bad Gateway</html>", { "content-type": "text/html" }),
        {},
        false
      ],
      ["malformed JSON", FaultServer.text(200, "{", { "content-type": "application/json" }), {}, false],
      ["an error event", FaultServer.sse([FaultServer.event({ error: { message: "boom" } }, "error")]), {}, true],
      ["a reset mid-stream", FaultServer.sse([FaultServer.event({ n: 1 })], "reset"), {}, true],
      ["an idle stream", FaultServer.sse([], "stall"), { idleTimeout: 100 }, true]
    ]

    for (const [name, step, options, stream] of failures) {
      it.live(`in the error of ${name}`, () =>
        Effect.gen(function*() {
          const server = yield* FaultServer.make([step])
          const call = stream
            ? Stream.runDrain(createStream({ ...options, maxRetries: 0 }))
            : create({ ...options, maxRetries: 0 })
          const error = yield* call.pipe(withClient(server, { apiKey: Redacted.make(sentinel) }), Effect.flip)
          assert.strictEqual(server.requests[0]?.headers.authorization, `Bearer ${sentinel}`)
          for (const text of renderings(error)) assert.notInclude(text, sentinel)
        }))
    }

    it.live("in debug logs of a failing, retried call", () =>
      Effect.gen(function*() {
        const server = yield* FaultServer.make([FaultServer.reset, FaultServer.json(500, { error: { message: "x" } })])
        const logs: Array<string> = []
        const capture = Logger.make((options) => {
          logs.push(inspect(options.message, { depth: 20 }), Cause.pretty(options.cause))
        })
        yield* create({ retry: fast(1) }).pipe(
          OpenAIClient.withLogLevel("debug"),
          withClient(server, { apiKey: Redacted.make(sentinel) }),
          Effect.flip,
          Effect.provide(Logger.layer([capture]))
        )
        assert.strictEqual(server.requests.length, 2)
        assert.isTrue(
          logs.some((line) => line.includes("<redacted>")),
          "the request log shows a redacted authorization"
        )
        for (const line of logs) assert.notInclude(line, sentinel)
      }))
  })
})
