/**
 * The polling helpers beside their operations, over a scripted transport on `TestClock`.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Files from "@openai-effect/resources/Files"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as VectorStoresFileBatches from "@openai-effect/resources/VectorStoresFileBatches"
import * as VectorStoresFiles from "@openai-effect/resources/VectorStoresFiles"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const run = (status: string, headers: Record<string, string> = {}) =>
  TestHttp.json(200, { id: "run_1", object: "thread.run", thread_id: "thread_1", status }, headers)

const sent = (script: TestHttp.Scripted) =>
  script.requests.map((r) => `${r.method} ${new URL(r.url).pathname.replace(/^\/v1/, "")}`)

describe("ThreadsRuns", () => {
  it.effect("createAndPoll creates the run, then polls it at the server's pace until completed", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        run("queued"),
        run("queued", { "openai-poll-after-ms": "500" }),
        run("in_progress", { "openai-poll-after-ms": "700" }),
        run("completed")
      ])
      const { counts, exit } = yield* TestHttp.timeline(
        script,
        ThreadsRuns.createAndPoll("thread_1", { assistant_id: "asst_1" }),
        ["0 millis", "499 millis", "1 millis", "699 millis", "1 millis"]
      )
      // The first poll follows the creation at once, as in the official SDK.
      assert.deepStrictEqual(counts, [1, 2, 2, 3, 3, 4])
      assert.deepStrictEqual(sent(script), [
        "POST /threads/thread_1/runs",
        "GET /threads/thread_1/runs/run_1",
        "GET /threads/thread_1/runs/run_1",
        "GET /threads/thread_1/runs/run_1"
      ])
      assert.strictEqual(Exit.isSuccess(exit) && exit.value.status, "completed")
    }))

  it.effect("createAndPoll stops at requires_action", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([run("queued"), run("queued"), run("requires_action")])
      const { counts, exit } = yield* TestHttp.timeline(
        script,
        ThreadsRuns.createAndPoll("thread_1", { assistant_id: "asst_1" }, { pollInterval: 100 }),
        ["0 millis", "99 millis", "1 millis", "1 hour"]
      )
      assert.deepStrictEqual(counts, [1, 2, 2, 3, 3])
      assert.strictEqual(Exit.isSuccess(exit) && exit.value.status, "requires_action")
    }))

  it.effect("interrupting createAndPoll cancels the run on the server", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        (request) => request.url.endsWith("/cancel") ? run("cancelling") : run("in_progress")
      ])
      const fiber = yield* ThreadsRuns.createAndPoll("thread_1", { assistant_id: "asst_1" }).pipe(
        Effect.provide(TestHttp.client(script)),
        Effect.forkChild
      )
      yield* TestClock.adjust("4 seconds")
      yield* Fiber.interrupt(fiber)
      assert.deepStrictEqual(sent(script), [
        "POST /threads/thread_1/runs",
        "GET /threads/thread_1/runs/run_1",
        "POST /threads/thread_1/runs/run_1/cancel"
      ])
    }))

  it.effect("submitToolOutputsAndPoll submits the outputs, then polls the run", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([run("queued"), run("completed")])
      const { exit } = yield* TestHttp.timeline(
        script,
        ThreadsRuns.submitToolOutputsAndPoll("run_1", {
          thread_id: "thread_1",
          tool_outputs: [{ tool_call_id: "call_1", output: "22C" }]
        }),
        ["5 seconds"]
      )
      assert.deepStrictEqual(sent(script), [
        "POST /threads/thread_1/runs/run_1/submit_tool_outputs",
        "GET /threads/thread_1/runs/run_1"
      ])
      assert.deepStrictEqual(JSON.parse(script.requests[0]!.body!), {
        tool_outputs: [{ tool_call_id: "call_1", output: "22C" }]
      })
      assert.strictEqual(Exit.isSuccess(exit) && exit.value.status, "completed")
    }))
})

const vsFile = (status: string) =>
  TestHttp.json(200, { id: "file-1", object: "vector_store.file", vector_store_id: "vs_1", status })

describe("VectorStoresFiles", () => {
  it.effect("uploadAndPoll uploads the file, attaches it and polls until indexed", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.json(200, { id: "file-1", object: "file", filename: "notes.md", status: "uploaded" }),
        vsFile("in_progress"),
        vsFile("in_progress"),
        vsFile("completed")
      ])
      const { exit } = yield* TestHttp.timeline(
        script,
        VectorStoresFiles.uploadAndPoll("vs_1", Uploadable.toFile(new TextEncoder().encode("# hi"), "notes.md")),
        ["5 seconds", "5 seconds"]
      )
      assert.deepStrictEqual(sent(script), [
        "POST /files",
        "POST /vector_stores/vs_1/files",
        "GET /vector_stores/vs_1/files/file-1",
        "GET /vector_stores/vs_1/files/file-1"
      ])
      assert.include(script.requests[0]!.body!, `name="purpose"\r\n\r\nassistants`)
      assert.deepStrictEqual(JSON.parse(script.requests[1]!.body!), { file_id: "file-1" })
      assert.strictEqual(Exit.isSuccess(exit) && exit.value.status, "completed")
    }))

  it.effect("a file that fails to index is returned, not thrown", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([vsFile("failed")])
      const file = yield* VectorStoresFiles.poll("vs_1", "file-1").pipe(Effect.provide(TestHttp.client(script)))
      assert.strictEqual(file.status, "failed")
    }))
})

describe("VectorStoresFileBatches", () => {
  const batch = (status: string) =>
    TestHttp.json(200, { id: "vsfb_1", object: "vector_store.files_batch", vector_store_id: "vs_1", status })

  it.effect("createAndPoll creates the batch and polls it until completed", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([batch("in_progress"), batch("in_progress"), batch("completed")])
      const { counts, exit } = yield* TestHttp.timeline(
        script,
        VectorStoresFileBatches.createAndPoll("vs_1", { file_ids: ["file-1", "file-2"] }, { pollInterval: "1 second" }),
        ["0 millis", "999 millis", "1 millis"]
      )
      assert.deepStrictEqual(counts, [1, 2, 2, 3])
      assert.deepStrictEqual(sent(script), [
        "POST /vector_stores/vs_1/file_batches",
        "GET /vector_stores/vs_1/file_batches/vsfb_1",
        "GET /vector_stores/vs_1/file_batches/vsfb_1"
      ])
      assert.strictEqual(Exit.isSuccess(exit) && exit.value.status, "completed")
    }))

  it.effect("interrupting createAndPoll cancels the batch on the server", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([batch("in_progress")])
      const fiber = yield* VectorStoresFileBatches.createAndPoll("vs_1", { file_ids: ["file-1"] }).pipe(
        Effect.provide(TestHttp.client(script)),
        Effect.forkChild
      )
      yield* TestClock.adjust("4 seconds")
      yield* Fiber.interrupt(fiber)
      assert.deepStrictEqual(sent(script), [
        "POST /vector_stores/vs_1/file_batches",
        "GET /vector_stores/vs_1/file_batches/vsfb_1",
        "POST /vector_stores/vs_1/file_batches/vsfb_1/cancel"
      ])
    }))
})

describe("Files.waitForProcessing", () => {
  const file = (status: string) => TestHttp.json(200, { id: "file-1", object: "file", status })

  it.effect("polls every 5 seconds until processed", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([file("uploaded"), file("processed")])
      const { counts, exit } = yield* TestHttp.timeline(script, Files.waitForProcessing("file-1"), [
        "4999 millis",
        "1 millis"
      ])
      assert.deepStrictEqual(counts, [1, 1, 2])
      assert.strictEqual(Exit.isSuccess(exit) && exit.value.status, "processed")
    }))

  it.effect("gives up after 30 minutes with the last state", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([file("uploaded")])
      const { counts, exit } = yield* TestHttp.timeline(script, Files.waitForProcessing("file-1"), ["30 minutes"])
      // One request at 0, then every 5 s up to and including the deadline.
      assert.deepStrictEqual(counts, [1, 361])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "PollTimeoutError")
      if (error._tag === "PollTimeoutError") assert.strictEqual(error.last.status, "uploaded")
    }))
})
