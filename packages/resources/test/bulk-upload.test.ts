/**
 * `VectorStoresFileBatches.uploadAndPoll` / `uploadAndPollStream`: bounded concurrent uploads,
 * failures reported by name, one batch polled to its end, progress as a stream.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as VectorStoresFileBatches from "@openai-effect/resources/VectorStoresFileBatches"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const encoder = new TextEncoder()

/**
 * A vector-store API whose uploads each take 10 ms (real time), counting how many are in flight at
 * once. A file named `bad.*` is refused with a 400. The batch is in progress at its creation and
 * completed at the first poll.
 */
const api = () => {
  let inFlight = 0
  let peak = 0
  let next = 0
  const batch = (status: string, ids: number) =>
    TestHttp.json(200, {
      id: "vsfb_1",
      object: "vector_store.files_batch",
      vector_store_id: "vs_1",
      status,
      file_counts: {
        in_progress: status === "in_progress" ? ids : 0,
        completed: status === "completed" ? ids : 0,
        failed: 0,
        cancelled: 0,
        total: ids
      }
    })
  let batchSize = 0
  const script = TestHttp.scripted([(request) => {
    const path = new URL(request.url).pathname
    if (path === "/v1/files") {
      if (/filename="bad\./.test(request.body ?? "")) return TestHttp.status(400)
      inFlight++
      peak = Math.max(peak, inFlight)
      const id = `file-${++next}`
      return {
        _tag: "Response",
        status: 200,
        headers: { "content-type": "application/json" },
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            setTimeout(() => {
              inFlight--
              controller.enqueue(encoder.encode(JSON.stringify({ id, object: "file", status: "processed" })))
              controller.close()
            }, 10)
          }
        })
      }
    }
    if (path === "/v1/vector_stores/vs_1/file_batches") {
      batchSize = (JSON.parse(request.body!) as { file_ids: Array<string> }).file_ids.length
      return batch("in_progress", batchSize)
    }
    return batch("completed", batchSize)
  }])
  return { script, peak: () => peak }
}

const files = (count: number) =>
  Array.from({ length: count }, (_, i) => Uploadable.toFile(encoder.encode(`doc ${i}`), `doc-${i}.md`))

const paths = (script: TestHttp.Scripted) =>
  script.requests.map((r) => `${r.method} ${new URL(r.url).pathname.replace(/^\/v1/, "")}`)

describe("VectorStoresFileBatches.uploadAndPoll", () => {
  it.live("uploads at most 5 files at once by default", () =>
    Effect.gen(function*() {
      const { script, peak } = api()
      const result = yield* VectorStoresFileBatches.uploadAndPoll("vs_1", { files: files(13) }, { pollInterval: 1 })
        .pipe(
          Effect.provide(TestHttp.client(script))
        )
      assert.strictEqual(peak(), 5)
      assert.strictEqual(result.uploaded, 13)
      assert.strictEqual(result.batch?.status, "completed")
      assert.strictEqual(result.inBatch, 13)
    }))

  it.live("uploads at most `concurrency` files at once", () =>
    Effect.gen(function*() {
      const { script, peak } = api()
      yield* VectorStoresFileBatches.uploadAndPoll("vs_1", { files: Stream.fromIterable(files(9)) }, {
        concurrency: 2,
        pollInterval: 1
      }).pipe(Effect.provide(TestHttp.client(script)))
      assert.strictEqual(peak(), 2)
    }))

  it.live("a refused file is reported with its name, and the batch holds the others", () =>
    Effect.gen(function*() {
      const { script } = api()
      const input = [...files(2), Uploadable.toFile(encoder.encode(""), "bad.bin")]
      const result = yield* VectorStoresFileBatches.uploadAndPoll("vs_1", { files: input, fileIds: ["file-old"] }, {
        pollInterval: 1,
        maxRetries: 0
      }).pipe(Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(result.failures.map((f) => `${f.name} ${f.error._tag}`), ["bad.bin BadRequestError"])
      assert.strictEqual(result.uploaded, 2)
      assert.strictEqual(result.failed, 1)
      const created = script.requests.find((r) => r.url.endsWith("/file_batches"))!
      assert.deepStrictEqual(
        [...(JSON.parse(created.body!) as { file_ids: Array<string> }).file_ids].sort(),
        ["file-1", "file-2", "file-old"]
      )
      assert.strictEqual(result.inBatch, 3)
    }))

  it.live("when every upload fails, no batch is created", () =>
    Effect.gen(function*() {
      const { script } = api()
      const result = yield* VectorStoresFileBatches.uploadAndPoll("vs_1", {
        files: [Uploadable.toFile(encoder.encode(""), "bad.txt")]
      }, { maxRetries: 0 }).pipe(Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(paths(script), ["POST /files"])
      assert.strictEqual(result.batch, undefined)
      assert.strictEqual(result.failures[0]?.name, "bad.txt")
    }))

  it.effect("a concurrency below 1 is refused before any request", () =>
    Effect.gen(function*() {
      const { script } = api()
      const error = yield* VectorStoresFileBatches.uploadAndPoll("vs_1", { files: files(1) }, { concurrency: 0 }).pipe(
        Effect.provide(TestHttp.client(script)),
        Effect.flip
      )
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.strictEqual(script.requests.length, 0)
    }))
})

describe("VectorStoresFileBatches.uploadAndPollStream", () => {
  it.live("reports progress after each upload, the batch's creation and each poll", () =>
    Effect.gen(function*() {
      const { script } = api()
      const progress = yield* VectorStoresFileBatches.uploadAndPollStream("vs_1", { files: files(3) }, {
        concurrency: 1,
        pollInterval: 1
      }).pipe(Stream.runCollect, Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(
        progress.map((p) => [p.uploaded, p.failed, p.inBatch, p.batch?.status ?? "-"]),
        [[1, 0, 0, "-"], [2, 0, 0, "-"], [3, 0, 0, "-"], [3, 0, 3, "in_progress"], [3, 0, 3, "completed"]]
      )
      assert.deepStrictEqual(paths(script), [
        "POST /files",
        "POST /files",
        "POST /files",
        "POST /vector_stores/vs_1/file_batches",
        "GET /vector_stores/vs_1/file_batches/vsfb_1"
      ])
    }))

  it.effect("interrupting it while the batch is polled cancels the batch", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, {
          id: "vsfb_1",
          object: "vector_store.files_batch",
          status: "in_progress",
          file_counts: { in_progress: 1, completed: 0, failed: 0, cancelled: 0, total: 1 }
        })
      ])
      const fiber = yield* VectorStoresFileBatches.uploadAndPollStream("vs_1", { files: [], fileIds: ["file-1"] }).pipe(
        Stream.runDrain,
        Effect.provide(TestHttp.client(script)),
        Effect.forkChild
      )
      yield* TestClock.adjust("4 seconds")
      yield* Fiber.interrupt(fiber)
      assert.deepStrictEqual(paths(script), [
        "POST /vector_stores/vs_1/file_batches",
        "GET /vector_stores/vs_1/file_batches/vsfb_1",
        "POST /vector_stores/vs_1/file_batches/vsfb_1/cancel"
      ])
    }))
})
