/**
 * BatchJob end to end against the mock server of `scripts/mock-server.ts` on 127.0.0.1 (real
 * uploads, batches that run the mock's chat and embeddings answers, streamed result files), and
 * against a scripted client for what the mock never does (a failed batch, a broken output file, a
 * batch cancelled by someone else).
 */
import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as BatchJob from "@openai-effect/helpers/BatchJob"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import type { MockServer } from "../../../scripts/mock-server.ts"
import { start } from "../../../scripts/mock-server.ts"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const mockServer = Effect.acquireRelease(
  Effect.promise(() => start()),
  (server) => Effect.promise(() => server.close())
)

const mockClient = (server: MockServer) =>
  OpenAIClient.layer({ apiKey: Redacted.make("sk-test"), baseURL: `${server.url}/v1` }).pipe(
    Layer.provide(FetchHttpClient.layer)
  )

const chat = (i: number, content = `Say this is a test ${i}`): BatchJob.Request<"/v1/chat/completions"> => ({
  customId: `request-${i}`,
  body: { model: "gpt-4o-mini", messages: [{ role: "user", content }] }
})

/** Asserts `error` is a BatchJobError with this reason and message. */
const assertJobError = (error: unknown, reason: BatchJob.Reason, message: string | RegExp) => {
  assert.instanceOf(error, BatchJob.BatchJobError)
  assert.strictEqual((error as BatchJob.BatchJobError).reason, reason)
  if (typeof message === "string") assert.strictEqual((error as BatchJob.BatchJobError).message, message)
  else assert.match((error as BatchJob.BatchJobError).message, message)
}

const requestsTo = (server: MockServer, method: string, pattern: RegExp) =>
  server.requests.filter((r) => r.method === method && pattern.test(r.path))

/** Runs a job against a fresh mock; returns the results and the mock's record of requests. */
const viaMock = <E extends BatchJob.Endpoint, EIn>(
  endpoint: E,
  requests: Stream.Stream<BatchJob.Request<E>, EIn>,
  options?: BatchJob.Options
) =>
  Effect.gen(function*() {
    const server = yield* mockServer
    const results = yield* BatchJob.run(endpoint, requests, options).pipe(
      Stream.runCollect,
      Effect.provide(mockClient(server))
    )
    return { results, server }
  })

describe("BatchJob.run against the mock server", () => {
  it.live("returns one result per request, each paired with its custom id", () =>
    Effect.gen(function*() {
      const { results, server } = yield* viaMock(
        "/v1/chat/completions",
        Stream.range(1, 20).pipe(Stream.map((i) => chat(i)))
      )
      assert.strictEqual(results.length, 20)
      assert.deepStrictEqual(
        results.map((r) => r.customId).sort(),
        Array.from({ length: 20 }, (_, i) => `request-${i + 1}`).sort()
      )
      for (const result of results) {
        assert.strictEqual(result._tag, "Success")
        if (result._tag === "Success") {
          assert.strictEqual(result.statusCode, 200)
          assert.strictEqual(result.body.choices[0]?.message.content, "This is a test.")
        }
      }
      assert.strictEqual(requestsTo(server, "POST", /\/files$/).length, 1)
      assert.strictEqual(requestsTo(server, "POST", /\/batches$/).length, 1)
    }))

  it.live("splits the requests into batches of maxRequestsPerBatch", () =>
    Effect.gen(function*() {
      const { results, server } = yield* viaMock(
        "/v1/chat/completions",
        Stream.range(1, 25).pipe(Stream.map((i) => chat(i))),
        { maxRequestsPerBatch: 10 }
      )
      assert.strictEqual(results.length, 25)
      const perBatch = new Map<string, number>()
      for (const r of results) perBatch.set(r.batchId, (perBatch.get(r.batchId) ?? 0) + 1)
      assert.deepStrictEqual([...perBatch.values()].sort((a, b) => a - b), [5, 10, 10])
      assert.strictEqual(requestsTo(server, "POST", /\/files$/).length, 3)
      assert.strictEqual(requestsTo(server, "POST", /\/batches$/).length, 3)
    }))

  it.live("splits the requests where the next line would pass maxBytesPerBatch", () =>
    Effect.gen(function*() {
      // Every line of these requests is the same size (multi-byte characters included): allow three per file.
      const content = "Grüße 👋 say this is a test"
      const line = `${
        JSON.stringify({
          custom_id: "request-1",
          method: "POST",
          url: "/v1/chat/completions",
          body: chat(1, content).body
        })
      }\n`
      const { results } = yield* viaMock(
        "/v1/chat/completions",
        Stream.range(1, 7).pipe(Stream.map((i) => chat(i, content))),
        { maxBytesPerBatch: new TextEncoder().encode(line).length * 3 }
      )
      const perBatch = new Map<string, number>()
      for (const r of results) perBatch.set(r.batchId, (perBatch.get(r.batchId) ?? 0) + 1)
      assert.deepStrictEqual([...perBatch.values()].sort((a, b) => a - b), [1, 3, 3])
    }))

  it.live("splits embeddings at 50,000 inputs per batch", () =>
    Effect.gen(function*() {
      const inputs = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`)
      const requests = Stream.make(
        { customId: "a", body: { model: "text-embedding-3-small", input: inputs(30_000), dimensions: 2 } },
        { customId: "b", body: { model: "text-embedding-3-small", input: inputs(30_000), dimensions: 2 } }
      )
      const { results } = yield* viaMock("/v1/embeddings", requests)
      assert.strictEqual(new Set(results.map((r) => r.batchId)).size, 2)
      const a = results.find((r) => r.customId === "a")!
      assert.strictEqual(a._tag === "Success" ? a.body.data.length : -1, 30_000)
    }))

  it.live("reports a request the API refused as a Failure with the API's error", () =>
    Effect.gen(function*() {
      const bad: BatchJob.Request<"/v1/chat/completions"> = {
        customId: "empty",
        body: { model: "gpt-4o-mini", messages: [] }
      }
      const { results } = yield* viaMock("/v1/chat/completions", Stream.make(chat(1), bad))
      const failure = results.find((r) => r.customId === "empty")!
      assert.strictEqual(failure._tag, "Failure")
      if (failure._tag === "Failure") {
        assert.strictEqual(failure.statusCode, 400)
        assert.strictEqual(failure.error.code, "empty_array")
        assert.strictEqual(failure.error.param, "messages")
      }
      assert.strictEqual(results.find((r) => r.customId === "request-1")!._tag, "Success")
    }))

  it.live("fails with InvalidRequest for a custom id used twice in a batch, creating no batch", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const error = yield* BatchJob.run("/v1/chat/completions", Stream.make(chat(1), chat(2), chat(1))).pipe(
        Stream.runCollect,
        Effect.flip,
        Effect.provide(mockClient(server))
      )
      assertJobError(error, "InvalidRequest", "The customId request-1 appears twice in one batch")
      assert.strictEqual((error as BatchJob.BatchJobError).customId, "request-1")
      assert.strictEqual(requestsTo(server, "POST", /\/batches$/).length, 0)
    }))

  it.live("fails with InvalidRequest for a request bigger than a batch file", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const error = yield* BatchJob.run("/v1/chat/completions", Stream.make(chat(1, "x".repeat(500))), {
        maxBytesPerBatch: 400
      }).pipe(Stream.runCollect, Effect.flip, Effect.provide(mockClient(server)))
      assertJobError(
        error,
        "InvalidRequest",
        /^The request request-1 is \d+ bytes, more than a batch file may hold \(400\)$/
      )
    }))

  it.live("fails with the input stream's own error, not an upload error", () =>
    Effect.gen(function*() {
      class SourceError extends Data.TaggedError("SourceError")<{}> {}
      const server = yield* mockServer
      const requests = Stream.concat(Stream.make(chat(1), chat(2)), Stream.fail(new SourceError()))
      const error = yield* BatchJob.run("/v1/chat/completions", requests).pipe(
        Stream.runCollect,
        Effect.flip,
        Effect.provide(mockClient(server))
      )
      assert.strictEqual(error._tag, "SourceError")
    }))

  it.live("interrupting the job cancels the batch it created", () =>
    Effect.gen(function*() {
      const server = yield* mockServer
      const fiber = yield* BatchJob.run("/v1/chat/completions", Stream.make(chat(1)), { pollInterval: "1 hour" }).pipe(
        Stream.runCollect,
        Effect.provide(mockClient(server)),
        Effect.forkChild
      )
      // The first poll answers `in_progress`; the next one is an hour away.
      while (requestsTo(server, "GET", /\/batches\/batch_/).length === 0) yield* Effect.sleep("10 millis")
      yield* Fiber.interrupt(fiber)
      const cancels = requestsTo(server, "POST", /\/batches\/batch_[^/]+\/cancel$/)
      assert.strictEqual(cancels.length, 1)
      assert.strictEqual(cancels[0]!.path, `${requestsTo(server, "GET", /\/batches\/batch_/)[0]!.path}/cancel`)
    }))
})

/** A scripted API with one uploaded file and one batch, whose polls answer `states` in turn. */
const scriptedBatch = (states: ReadonlyArray<Record<string, unknown>>, files: Record<string, string>) => {
  let polls = 0
  const batch = (extra: Record<string, unknown>) => ({
    id: "batch_1",
    object: "batch",
    endpoint: "/v1/chat/completions",
    input_file_id: "file-in",
    completion_window: "24h",
    created_at: 1,
    ...extra
  })
  return TestHttp.scripted([(request) => {
    const path = new URL(request.url).pathname
    if (request.method === "POST" && path === "/v1/files") return TestHttp.json(200, { id: "file-in", object: "file" })
    if (request.method === "POST" && path === "/v1/batches") return TestHttp.json(200, batch({ status: "validating" }))
    if (request.method === "GET" && path === "/v1/batches/batch_1") {
      return TestHttp.json(200, batch(states[Math.min(polls++, states.length - 1)]!))
    }
    const content = /^\/v1\/files\/([^/]+)\/content$/.exec(path)
    if (request.method === "GET" && content !== null) return TestHttp.text(200, files[content[1]!] ?? "")
    return TestHttp.status(404)
  }])
}

const scriptedRun = (script: TestHttp.Scripted, count = 2) =>
  BatchJob.run("/v1/chat/completions", Stream.range(1, count).pipe(Stream.map((i) => chat(i))), {
    pollInterval: "1 millis"
  }).pipe(Stream.runCollect, Effect.provide(TestHttp.client(script)))

describe("BatchJob.run against a scripted API", () => {
  it.live("uploads one JSONL line per request: custom_id, method, url and body", () =>
    Effect.gen(function*() {
      const script = scriptedBatch([{ status: "completed", output_file_id: "file-out" }], {
        "file-out": [1, 2].map((i) =>
          JSON.stringify({ custom_id: `request-${i}`, response: { status_code: 200, body: {} }, error: null })
        ).join("\n")
      })
      yield* scriptedRun(script)
      const upload = script.requests[0]!.body!
      const start = upload.indexOf("\r\n\r\n") + 4
      const lines = upload.slice(start, upload.indexOf("\r\n--", start)).split("\n")
      assert.deepStrictEqual(lines, [
        `{"custom_id":"request-1","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say this is a test 1"}]}}`,
        `{"custom_id":"request-2","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say this is a test 2"}]}}`,
        ""
      ])
      assert.match(upload, /filename="batch-1\.jsonl"\r\nContent-Type: application\/jsonl/)
      assert.include(script.requests[1]!.body!, `"input_file_id":"file-in"`)
    }))

  it.live("fails with BatchFailed, naming the API's first error, when the batch fails", () =>
    Effect.gen(function*() {
      const script = scriptedBatch([{
        status: "failed",
        errors: { data: [{ code: "invalid_model", message: "Model x does not exist", line: 1 }, { code: "x" }] }
      }], {})
      const error = yield* Effect.flip(scriptedRun(script))
      assertJobError(error, "BatchFailed", "Batch batch_1 failed: Model x does not exist (line 1) and 1 more")
    }))

  it.live("answers a request the batch ended without with a missing_result Failure", () =>
    Effect.gen(function*() {
      const script = scriptedBatch([{ status: "cancelling" }, { status: "cancelled", output_file_id: "file-out" }], {
        "file-out": JSON.stringify({ custom_id: "request-2", response: { status_code: 200, body: {} }, error: null })
      })
      const results = yield* scriptedRun(script)
      assert.deepStrictEqual(results.map((r) => [r.customId, r._tag]), [["request-2", "Success"], [
        "request-1",
        "Failure"
      ]])
      const failure = results[1]!
      if (failure._tag === "Failure") {
        assert.strictEqual(failure.error.code, "missing_result")
        assert.strictEqual(failure.error.message, "The batch ended cancelled without a result for this request")
      }
    }))

  it.live("reads an error file line with an error object and no response", () =>
    Effect.gen(function*() {
      const script = scriptedBatch([{ status: "expired", error_file_id: "file-err" }], {
        "file-err": [1, 2].map((i) =>
          JSON.stringify({
            custom_id: `request-${i}`,
            response: null,
            error: {
              code: "batch_expired",
              message: "This request could not be executed before the completion window expired."
            }
          })
        ).join("\r\n")
      })
      const results = yield* scriptedRun(script)
      assert.deepStrictEqual(
        results.map((r) => r._tag === "Failure" ? [r.customId, r.statusCode, r.error.code] : []),
        [["request-1", undefined, "batch_expired"], ["request-2", undefined, "batch_expired"]]
      )
    }))

  it.live("fails with MalformedOutput, naming the line, for an output line that is not a result", () =>
    Effect.gen(function*() {
      const script = scriptedBatch([{ status: "completed", output_file_id: "file-out" }], {
        "file-out": `${JSON.stringify({ custom_id: "request-1", response: { status_code: 200, body: {} } })}\n{"oops"\n`
      })
      const error = yield* Effect.flip(scriptedRun(script))
      assertJobError(error, "MalformedOutput", "Line 2 of file file-out of batch batch_1 is not a batch result")
    }))

  it.live("ends with no results and sends nothing for an empty stream of requests", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([])
      const results = yield* BatchJob.run("/v1/embeddings", Stream.empty).pipe(
        Stream.runCollect,
        Effect.provide(TestHttp.client(script))
      )
      assert.deepStrictEqual(results, [])
      assert.strictEqual(script.requests.length, 0)
    }))

  it.live("refuses maxRequestsPerBatch above the API's 50,000 before sending anything", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([])
      const error = yield* BatchJob.run("/v1/chat/completions", Stream.make(chat(1)), {
        maxRequestsPerBatch: 50_001
      }).pipe(Stream.runCollect, Effect.flip, Effect.provide(TestHttp.client(script)))
      assertJobError(
        error,
        "InvalidRequest",
        "maxRequestsPerBatch must be a whole number from 1 to 50000 and maxBytesPerBatch from 1 to 200000000"
      )
      assert.strictEqual(script.requests.length, 0)
    }))
})
