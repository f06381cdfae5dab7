import { assert, describe, it } from "@effect/vitest"
import * as Operation from "@openai-effect/core/Operation"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "./utils/TestHttp.ts"

const chunk = (content: string) => ({ object: "chat.completion.chunk", choices: [{ index: 0, delta: { content } }] })

const events = (...datas: ReadonlyArray<unknown>) => datas.map((d) => `data: ${JSON.stringify(d)}\n\n`).join("")

const stream = <A = unknown>(answers: ReadonlyArray<TestHttp.Answer>, shape?: Operation.EventShape) =>
  Effect.gen(function*() {
    const script = TestHttp.scripted(answers)
    const exit = yield* Effect.exit(
      Stream.runCollect(
        Operation.sse<A>(
          {
            operationId: "createChatCompletion",
            method: "POST",
            path: "/chat/completions",
            body: { model: "m", stream: true }
          },
          { maxRetries: 0 },
          shape
        )
      ).pipe(Effect.provide(TestHttp.client(script)))
    )
    return { exit, requests: script.requests }
  })

describe("streams", () => {
  it.effect("asks for text/event-stream and yields parsed events until [DONE]", () =>
    Effect.gen(function*() {
      const { exit, requests } = yield* stream([
        TestHttp.sse(events(chunk("Hel"), chunk("lo")) + "data: [DONE]\n\n" + events(chunk("after done")))
      ])
      assert.deepStrictEqual(yield* exit, [chunk("Hel"), chunk("lo")])
      assert.strictEqual(requests[0]!.headers["accept"], "text/event-stream")
    }))

  it.effect("ends at event: done", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([TestHttp.sse(events(chunk("a")) + "event: done\ndata: [DONE]\n\n")])
      assert.deepStrictEqual(yield* exit, [chunk("a")])
    }))

  it.effect("an event: error fails the stream with the server's code after the earlier events", () =>
    Effect.gen(function*() {
      const seen: Array<unknown> = []
      const script = TestHttp.scripted([
        TestHttp.sse(
          events(chunk("a")) + `event: error\ndata: {"error":{"message":"overloaded","code":"server_busy"}}\n\n`
        )
      ])
      const error = yield* Operation.sse({ operationId: "x", method: "POST", path: "/x" }).pipe(
        Stream.runForEach((e) => Effect.sync(() => seen.push(e))),
        Effect.provide(TestHttp.client(script)),
        Effect.flip
      )
      assert.deepStrictEqual(seen, [chunk("a")])
      assert.strictEqual(error._tag, "StreamError")
      if (error._tag === "StreamError") {
        assert.strictEqual(error.error.code, "server_busy")
        assert.strictEqual(error.error.message, "overloaded")
      }
    }))

  it.effect("a data object with an error field fails the stream", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([TestHttp.sse(events({ error: { message: "bad", code: 42 } }))])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "StreamError")
      if (error._tag === "StreamError") assert.strictEqual(error.error.code, 42)
    }))

  it.effect("unknown event types pass through instead of ending the stream", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([
        TestHttp.sse(`event: brand.new.thing\ndata: {"x":1}\n\n: keep-alive\n\n` + events(chunk("b")))
      ])
      assert.deepStrictEqual(yield* exit, [{ x: 1 }, chunk("b")])
    }))

  it.effect("named events yield the event name with the data", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([
        TestHttp.sse(`event: thread.run.created\ndata: {"id":"run_1"}\n\nevent: done\ndata: [DONE]\n\n`)
      ], "named")
      assert.deepStrictEqual(yield* exit, [{ event: "thread.run.created", data: { id: "run_1" } }])
    }))

  it.effect("malformed JSON in an event is a DecodeError", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([TestHttp.sse(`data: {"a":\n\n`)])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "DecodeError")
    }))

  it.effect("a final event without its blank line is delivered", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([TestHttp.sse(events(chunk("a")) + `data: ${JSON.stringify(chunk("b"))}`)])
      assert.deepStrictEqual(yield* exit, [chunk("a"), chunk("b")])
    }))

  it.effect("a failed status before the stream is retried like any request", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), TestHttp.sse(events(chunk("ok")))])
      const result = yield* Operation.sse({ operationId: "x", method: "POST", path: "/x" }, {
        retry: Schedule.recurs(1)
      }).pipe(Stream.runCollect, Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(result, [chunk("ok")])
      assert.strictEqual(script.requests.length, 2)
    }))

  it.effect("a stream whose connection drops after its first event is not retried", () =>
    Effect.gen(function*() {
      const bytes = new TextEncoder().encode(events(chunk("a")))
      let pulls = 0
      const dropping = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulls++ === 0) controller.enqueue(bytes)
          else controller.error(new Error("socket hang up"))
        }
      })
      const script = TestHttp.scripted([
        { _tag: "Response", status: 200, headers: { "content-type": "text/event-stream" }, body: dropping },
        TestHttp.sse(events(chunk("never")))
      ])
      const seen: Array<unknown> = []
      const error = yield* Operation.sse({ operationId: "x", method: "POST", path: "/x" }, {
        retry: Schedule.recurs(3)
      }).pipe(
        Stream.runForEach((e) => Effect.sync(() => seen.push(e))),
        Effect.provide(TestHttp.client(script)),
        Effect.flip
      )
      assert.deepStrictEqual(seen, [chunk("a")])
      assert.strictEqual(error._tag, "APIConnectionError")
      assert.strictEqual(script.requests.length, 1)
    }))

  it.effect("a stream that goes quiet fails with an idle timeout after its last event", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.sseThenSilence(events(chunk("a")))])
      const seen: Array<unknown> = []
      const fiber = yield* Operation.sse({ operationId: "x", method: "POST", path: "/x" }, {
        idleTimeout: "30 seconds"
      })
        .pipe(
          Stream.runForEach((e) => Effect.sync(() => seen.push(e))),
          Effect.provide(TestHttp.client(script)),
          Effect.flip,
          Effect.forkChild
        )
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
      assert.deepStrictEqual(seen, [chunk("a")])
      yield* TestClock.adjust("29999 millis")
      assert.isUndefined(fiber.pollUnsafe())
      yield* TestClock.adjust("1 millis")
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error._tag, "APIConnectionTimeoutError")
      if (error._tag === "APIConnectionTimeoutError") assert.strictEqual(error.kind, "idle")
    }))

  it.effect("without an idleTimeout, a per-call timeout also bounds the wait between events", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.sseThenSilence(events(chunk("a")))])
      const fiber = yield* Operation.sse({ operationId: "x", method: "POST", path: "/x" }, { timeout: "5 seconds" })
        .pipe(
          Stream.runDrain,
          Effect.provide(TestHttp.client(script)),
          Effect.flip,
          Effect.forkChild
        )
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
      yield* TestClock.adjust("4999 millis")
      assert.isUndefined(fiber.pollUnsafe())
      yield* TestClock.adjust("1 millis")
      const error = yield* Fiber.join(fiber)
      assert.strictEqual(error._tag === "APIConnectionTimeoutError" && error.kind, "idle")
    }))

  it.effect("the first event is awaited within the attempt: a silent stream is retried after the attempt timeout", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.sseThenSilence(""), TestHttp.sse(events(chunk("ok")))])
      const fiber = yield* Operation.sse({ operationId: "x", method: "POST", path: "/x" }, {
        timeout: "5 seconds",
        idleTimeout: "1 minute",
        retry: Schedule.recurs(1)
      }).pipe(Stream.runCollect, Effect.provide(TestHttp.client(script)), Effect.forkChild)
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))
      assert.strictEqual(script.requests.length, 1)
      yield* TestClock.adjust("5 seconds")
      assert.deepStrictEqual(yield* Fiber.join(fiber), [chunk("ok")])
      assert.strictEqual(script.requests.length, 2)
    }))

  it.effect("a server that answers JSON instead of streaming fails with a DecodeError, not an empty stream", () =>
    Effect.gen(function*() {
      const { exit } = yield* stream([TestHttp.json(200, { id: "chatcmpl-1", object: "chat.completion" })])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "DecodeError")
      assert.include(error.message, "event stream")
    }))
})
