import { assert, describe, it } from "@effect/vitest"
import * as Operation from "@openai-effect/core/Operation"
import * as Poll from "@openai-effect/core/Poll"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "./utils/TestHttp.ts"

interface Job {
  readonly id: string
  readonly status: string
}

const retrieve = Operation.json<Job>({ operationId: "getJob", method: "GET", path: "/jobs/job_1" })
const cancel = Operation.json<Job>({ operationId: "cancelJob", method: "POST", path: "/jobs/job_1/cancel" })
const terminal = ["completed", "failed", "cancelled"] as const

const job = (status: string, headers: Record<string, string> = {}) =>
  TestHttp.json(200, { id: "job_1", status }, headers)

describe("Poll.until", () => {
  it.effect("waits 5 seconds between polls when neither the caller nor the server says", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("in_progress"), job("in_progress"), job("completed")])
      const { counts, exit } = yield* TestHttp.timeline(script, Poll.until(retrieve, terminal), [
        "4999 millis",
        "1 millis",
        "4999 millis",
        "1 millis"
      ])
      assert.deepStrictEqual(counts, [1, 1, 2, 2, 3])
      assert.deepStrictEqual(exit, Exit.succeed({ id: "job_1", status: "completed" }))
    }))

  it.effect("waits the server's openai-poll-after-ms", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        job("queued", { "openai-poll-after-ms": "1500" }),
        job("in_progress", { "openai-poll-after-ms": "300" }),
        job("completed")
      ])
      const { counts } = yield* TestHttp.timeline(script, Poll.until(retrieve, terminal), [
        "1499 millis",
        "1 millis",
        "299 millis",
        "1 millis"
      ])
      assert.deepStrictEqual(counts, [1, 1, 2, 2, 3])
    }))

  it.effect("an explicit pollInterval wins over the header", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("in_progress", { "openai-poll-after-ms": "100" }), job("completed")])
      const { counts } = yield* TestHttp.timeline(
        script,
        Poll.until(retrieve, terminal, { pollInterval: "2 seconds" }),
        ["100 millis", "1899 millis", "1 millis"]
      )
      assert.deepStrictEqual(counts, [1, 1, 1, 2])
    }))

  it.effect("a zero or garbled header falls back to 5 seconds instead of spinning", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        job("in_progress", { "openai-poll-after-ms": "0" }),
        job("in_progress", { "openai-poll-after-ms": "soon" }),
        job("completed")
      ])
      const { counts } = yield* TestHttp.timeline(script, Poll.until(retrieve, terminal), [
        "4999 millis",
        "1 millis",
        "4999 millis",
        "1 millis"
      ])
      assert.deepStrictEqual(counts, [1, 1, 2, 2, 3])
    }))

  it.effect("each terminal status ends the poll at once", () =>
    Effect.gen(function*() {
      for (const status of terminal) {
        const script = TestHttp.scripted([job(status)])
        const { counts, exit } = yield* TestHttp.timeline(script, Poll.until(retrieve, terminal), ["1 hour"])
        assert.deepStrictEqual(counts, [1, 1])
        assert.deepStrictEqual(exit, Exit.succeed({ id: "job_1", status }))
      }
    }))

  it.effect("an unknown status keeps the interval", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("thinking_hard"), job("thinking_hard"), job("completed")])
      const { counts } = yield* TestHttp.timeline(
        script,
        Poll.until(retrieve, terminal, { pollInterval: 1000 }),
        ["0 millis", "999 millis", "1 millis", "999 millis", "1 millis"]
      )
      assert.deepStrictEqual(counts, [1, 1, 1, 2, 2, 3])
    }))

  it.effect("past maxWait fails with PollTimeoutError carrying the last state, polling last at the deadline", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("queued"), job("in_progress"), job("in_progress")])
      const { counts, exit } = yield* TestHttp.timeline(
        script,
        Poll.until(retrieve, terminal, { pollInterval: "4 seconds", maxWait: "6 seconds" }),
        ["4 seconds", "1999 millis", "1 millis", "1 hour"]
      )
      assert.deepStrictEqual(counts, [1, 2, 2, 3, 3])
      assert.isTrue(Exit.isFailure(exit))
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "PollTimeoutError")
      if (error._tag !== "PollTimeoutError") return
      assert.deepStrictEqual(error.last, { id: "job_1", status: "in_progress" })
      assert.strictEqual(error.message, "Polling gave up after 6s; the last status was in_progress")
    }))

  it.effect("a failed retrieval ends the poll with its error", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("in_progress"), TestHttp.status(404)])
      const { counts, exit } = yield* TestHttp.timeline(
        script,
        Poll.until(retrieve, terminal, { pollInterval: 10 }),
        ["10 millis", "1 hour"],
        { client: { maxRetries: 0 } }
      )
      assert.deepStrictEqual(counts, [1, 2, 2])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "NotFoundError")
    }))
})

describe("Poll.cancelOnInterrupt", () => {
  it.effect("interrupting the poll sends the cancel once, and polls no more", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        (request) => request.url.endsWith("/cancel") ? job("cancelling") : job("in_progress")
      ])
      const fiber = yield* Poll.until(retrieve, terminal).pipe(
        Poll.cancelOnInterrupt(cancel),
        Effect.provide(TestHttp.client(script)),
        Effect.forkChild
      )
      yield* TestClock.adjust("5 seconds")
      assert.strictEqual(script.requests.length, 2)
      yield* Fiber.interrupt(fiber)
      assert.deepStrictEqual(script.requests.map((r) => `${r.method} ${new URL(r.url).pathname}`), [
        "GET /v1/jobs/job_1",
        "GET /v1/jobs/job_1",
        "POST /v1/jobs/job_1/cancel"
      ])
      yield* TestClock.adjust("1 hour")
      assert.strictEqual(script.requests.length, 3)
    }))

  it.effect("a poll that ends on its own sends no cancel", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("completed")])
      yield* Poll.until(retrieve, terminal).pipe(
        Poll.cancelOnInterrupt(cancel),
        Effect.provide(TestHttp.client(script))
      )
      assert.strictEqual(script.requests.length, 1)
    }))
})

describe("Poll.schedule and Poll.stream", () => {
  it.effect("the schedule composes with other schedules: at most 2 more polls", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("in_progress", { "openai-poll-after-ms": "100" })])
      const capped = Poll.observe(retrieve).pipe(
        Effect.repeat(Poll.schedule<Job>(terminal).pipe(Schedule.upTo({ times: 2 })))
      )
      const { counts, exit } = yield* TestHttp.timeline(script, capped, ["100 millis", "100 millis", "1 hour"])
      assert.deepStrictEqual(counts, [1, 2, 3, 3])
      assert.isTrue(Exit.isSuccess(exit))
    }))

  it.effect("the stream emits every state seen, the terminal one last", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([job("queued"), job("in_progress"), job("completed")])
      const states = Poll.stream(retrieve, terminal, { pollInterval: 10 }).pipe(
        Stream.map((state) => state.status),
        Stream.runCollect
      )
      const { exit } = yield* TestHttp.timeline(script, states, ["10 millis", "10 millis"])
      assert.deepStrictEqual(exit, Exit.succeed(["queued", "in_progress", "completed"]))
    }))
})
