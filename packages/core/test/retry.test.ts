import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Fiber from "effect/Fiber"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "./utils/TestHttp.ts"

const create = (options?: RequestOptions) =>
  Operation.json<{ readonly ok: boolean }>({
    operationId: "createChatCompletion",
    method: "POST",
    path: "/chat/completions",
    body: { model: "gpt-4o", messages: [] }
  }, options)

const ok = TestHttp.json(200, { ok: true })

const timeline = <A>(
  script: TestHttp.Scripted,
  effect: Effect.Effect<A, OpenAIError, OpenAIClient.OpenAIClient>,
  steps: ReadonlyArray<Duration.Input>,
  client: OpenAIClient.Options = {}
) => TestHttp.timeline(script, effect, steps, { client })

describe("retries", () => {
  it.effect("retries a 429 after retry-after-ms, then succeeds", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(429, { "retry-after-ms": "1500" }), ok])
      const { counts, exit } = yield* timeline(script, create(), ["1499 millis", "1 millis"])
      assert.deepStrictEqual(counts, [1, 1, 2])
      assert.deepStrictEqual(exit, Exit.succeed({ ok: true }))
    }))

  it.effect("waits retry-after seconds", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(429, { "retry-after": "3" }), ok])
      const { counts } = yield* timeline(script, create(), ["2999 millis", "1 millis"])
      assert.deepStrictEqual(counts, [1, 1, 2])
    }))

  it.effect("waits until a retry-after HTTP date", () =>
    Effect.gen(function*() {
      yield* TestClock.setTime(Date.parse("2026-01-01T00:00:00Z"))
      const script = TestHttp.scripted([
        TestHttp.status(503, { "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }),
        ok
      ])
      const { counts } = yield* timeline(script, create(), ["4999 millis", "1 millis"])
      assert.deepStrictEqual(counts, [1, 1, 2])
    }))

  it.effect("fails at once when retry-after is above the cap, with the delay on the error", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(429, { "retry-after": "120" }), ok])
      const { counts, exit } = yield* timeline(script, create(), ["0 millis"])
      assert.deepStrictEqual(counts, [1, 1])
      assert.isTrue(Exit.isFailure(exit))
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "RateLimitError")
      if (error._tag === "RateLimitError") assert.strictEqual(Duration.toMillis(error.retryAfter!), 120_000)
    }))

  it.effect("a larger maxRetryAfter waits for the long retry-after", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(429, { "retry-after": "120" }), ok])
      const { counts } = yield* timeline(script, create(), ["119 seconds", "1 second"], { maxRetryAfter: "5 minutes" })
      assert.deepStrictEqual(counts, [1, 1, 2])
    }))

  it.effect("backs off 0.5 s then 1 s, and gives up after 2 retries by default", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500)])
      const { counts, exit } = yield* timeline(script, create(), ["499 millis", "1 millis", "999 millis", "1 millis"])
      assert.deepStrictEqual(counts, [1, 1, 2, 2, 3])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "InternalServerError")
    }))

  it.effect("jitter scales a delay by 1 - random * 0.25", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      const fiber = yield* create().pipe(
        Effect.provide(TestHttp.client(script)),
        TestHttp.jitter(0.5),
        Effect.forkChild
      )
      yield* Effect.yieldNow
      yield* TestClock.adjust("437 millis")
      assert.strictEqual(script.requests.length, 1)
      yield* TestClock.adjust("1 millis")
      assert.strictEqual(script.requests.length, 2)
      yield* Fiber.join(fiber)
    }))

  it.effect("caps the backoff at 8 s", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.status(500),
        TestHttp.status(500),
        TestHttp.status(500),
        TestHttp.status(500),
        TestHttp.status(500),
        ok
      ])
      const { counts } = yield* timeline(
        script,
        create({ maxRetries: 5 }),
        ["500 millis", "1 second", "2 seconds", "4 seconds", "7999 millis", "1 millis"]
      )
      assert.deepStrictEqual(counts, [1, 2, 3, 4, 5, 5, 6])
    }))

  it.effect("maxRetries: 0 sends exactly one request", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      const { counts, exit } = yield* timeline(script, create({ maxRetries: 0 }), ["1 minute"])
      assert.deepStrictEqual(counts, [1, 1])
      assert.isTrue(Exit.isFailure(exit))
    }))

  for (const code of [408, 409, 429, 500, 502, 503, 504]) {
    it.effect(`retries status ${code}`, () =>
      Effect.gen(function*() {
        const script = TestHttp.scripted([TestHttp.status(code), ok])
        const { counts, exit } = yield* timeline(script, create(), ["500 millis"])
        assert.deepStrictEqual(counts, [1, 2])
        assert.isTrue(Exit.isSuccess(exit))
      }))
  }

  for (const code of [400, 401, 403, 404, 422]) {
    it.effect(`does not retry status ${code}`, () =>
      Effect.gen(function*() {
        const script = TestHttp.scripted([TestHttp.status(code), ok])
        const { counts, exit } = yield* timeline(script, create(), ["1 minute"])
        assert.deepStrictEqual(counts, [1, 1])
        assert.isTrue(Exit.isFailure(exit))
      }))
  }

  it.effect("x-should-retry: false stops a retry the status would allow", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(503, { "x-should-retry": "false" }), ok])
      const { counts } = yield* timeline(script, create(), ["1 minute"])
      assert.deepStrictEqual(counts, [1, 1])
    }))

  it.effect("x-should-retry: true retries a status that would not be", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(400, { "x-should-retry": "true" }), ok])
      const { counts, exit } = yield* timeline(script, create(), ["500 millis"])
      assert.deepStrictEqual(counts, [1, 2])
      assert.isTrue(Exit.isSuccess(exit))
    }))

  it.effect("retries a connection reset", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.reset, ok])
      const { counts, exit } = yield* timeline(script, create(), ["500 millis"])
      assert.deepStrictEqual(counts, [1, 2])
      assert.isTrue(Exit.isSuccess(exit))
    }))

  it.effect("a per-call Schedule replaces the default policy, and still only sees retryable errors", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.status(500),
        TestHttp.status(500),
        TestHttp.status(500),
        TestHttp.status(400),
        ok
      ])
      const { counts, exit } = yield* timeline(
        script,
        create({ retry: Schedule.max([Schedule.spaced("100 millis"), Schedule.recurs(10)]) }),
        ["100 millis", "100 millis", "100 millis", "1 minute"]
      )
      assert.deepStrictEqual(counts, [1, 2, 3, 4, 4])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "BadRequestError")
    }))

  it.effect("OpenAIClient.withRetry applies a policy to every call inside it", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      const { counts } = yield* timeline(
        script,
        create().pipe(OpenAIClient.withRetry(Schedule.spaced("3 seconds"))),
        ["2999 millis", "1 millis"]
      )
      assert.deepStrictEqual(counts, [1, 1, 2])
    }))

  it.effect("a per-call maxRetries beats the scoped and client policies", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      const { counts } = yield* timeline(
        script,
        create({ maxRetries: 0 }).pipe(OpenAIClient.withRetry(Schedule.spaced("1 second"))),
        ["1 minute"],
        { maxRetries: 5 }
      )
      assert.deepStrictEqual(counts, [1, 1])
    }))

  it.effect("the client's maxRetries applies when the call sets none", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500)])
      const { counts } = yield* timeline(script, create(), ["500 millis", "1 second", "2 seconds", "1 minute"], {
        maxRetries: 3
      })
      assert.deepStrictEqual(counts, [1, 2, 3, 4, 4])
    }))

  it.effect("every attempt of a call sends the same Idempotency-Key", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      yield* timeline(script, create(), ["500 millis"])
      const keys = script.requests.map((r) => r.headers["idempotency-key"])
      assert.strictEqual(keys.length, 2)
      assert.isString(keys[0])
      assert.strictEqual(keys[0], keys[1])
    }))
})

describe("timeouts", () => {
  it.effect("an attempt that stalls fails after the default 10 minutes, and is retried", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.stall, ok])
      const { counts, exit } = yield* timeline(script, create(), ["599999 millis", "1 millis", "500 millis"])
      assert.deepStrictEqual(counts, [1, 1, 1, 2])
      assert.isTrue(Exit.isSuccess(exit))
    }))

  it.effect("a stalled attempt fails with an APIConnectionTimeoutError of kind request", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.stall])
      const { exit } = yield* timeline(script, create({ timeout: 2000, maxRetries: 0 }), ["2 seconds"])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "APIConnectionTimeoutError")
      if (error._tag === "APIConnectionTimeoutError") assert.strictEqual(error.kind, "request")
    }))

  it.effect("a total timeout bounds the call across retries", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.stall])
      const { counts, exit } = yield* timeline(
        script,
        create({ timeout: "1 second", totalTimeout: "2 seconds", maxRetries: 10 }),
        ["1 second", "500 millis", "500 millis"]
      )
      assert.deepStrictEqual(counts, [1, 1, 2, 2])
      const error = yield* Effect.flip(exit)
      assert.strictEqual(error._tag, "APIConnectionTimeoutError")
      if (error._tag === "APIConnectionTimeoutError") assert.strictEqual(error.kind, "total")
    }))

  it.effect("OpenAIClient.withTimeout sets the attempt timeout for a region", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.stall])
      const { exit } = yield* timeline(
        script,
        create({ maxRetries: 0 }).pipe(OpenAIClient.withTimeout("5 seconds")),
        ["4999 millis", "1 millis"]
      )
      assert.isTrue(Exit.isFailure(exit))
    }))
})
