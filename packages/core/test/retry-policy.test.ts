/**
 * `RetryPolicy.make` is the default rules as a `Schedule`, for users who pass
 * them explicitly or build on them. The client runs the same rules as a loop
 * when no policy is given (see retry.test.ts); these tests hold the Schedule
 * to the same timings, and `RetryPolicy.delay` to the rules both share.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Errors from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import * as RetryPolicy from "@openai-effect/core/RetryPolicy"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as TestHttp from "./utils/TestHttp.ts"

const create = Operation.json<{ readonly ok: boolean }>({
  operationId: "createChatCompletion",
  method: "POST",
  path: "/chat/completions",
  body: { model: "gpt-4o", messages: [] }
}, { retry: RetryPolicy.make({ maxRetries: 2 }) })

const ok = TestHttp.json(200, { ok: true })

/** Runs `create` in the background with jitter at factor `1 - random * 0.25`, counting requests after each step. */
const timeline = (script: TestHttp.Scripted, steps: ReadonlyArray<Duration.Input>, random = 0) =>
  TestHttp.timeline(script, create, steps, { random })

const status = (code: number, headers: Record<string, string> = {}) =>
  new Errors.InternalServerError({
    status: code,
    headers,
    requestId: undefined,
    error: undefined,
    body: undefined,
    request: "POST /chat/completions"
  })

const rateLimited = (headers: Record<string, string>) =>
  new Errors.RateLimitError({
    status: 429,
    headers,
    requestId: undefined,
    error: undefined,
    body: undefined,
    request: "POST /chat/completions",
    retryAfter: undefined
  })

const options = { maxRetries: 2, maxRetryAfter: Duration.seconds(60), now: 0, random: () => 0 }

describe("RetryPolicy.delay", () => {
  it("backs off 0.5 s, 1 s, 2 s, 4 s, then 8 s", () => {
    const waits = [1, 2, 3, 4, 5, 6].map((n) =>
      Duration.toMillis(RetryPolicy.delay(status(500), n, { ...options, maxRetries: 6 })!)
    )
    assert.deepStrictEqual(waits, [500, 1000, 2000, 4000, 8000, 8000])
  })

  it("scales the backoff by 1 - random * 0.25", () => {
    const wait = RetryPolicy.delay(status(500), 2, { ...options, random: () => 0.5 })
    assert.strictEqual(Duration.toMillis(wait!), 875)
  })

  it("stops after maxRetries", () => {
    assert.isUndefined(RetryPolicy.delay(status(500), 3, options))
  })

  it("takes the server's delay without drawing a random number", () => {
    const wait = RetryPolicy.delay(rateLimited({ "retry-after-ms": "1500" }), 1, {
      ...options,
      random: () => assert.fail("no jitter on a requested delay")
    })
    assert.strictEqual(Duration.toMillis(wait!), 1500)
  })

  it("stops when the server asks for longer than maxRetryAfter", () => {
    assert.isUndefined(RetryPolicy.delay(rateLimited({ "retry-after": "120" }), 1, options))
  })
})

describe("RetryPolicy.retryAfter", () => {
  const now = Date.parse("2026-01-01T00:00:00Z")
  const millis = (headers: Record<string, string>) => {
    const wait = RetryPolicy.retryAfter(headers, now)
    return wait === undefined ? undefined : Duration.toMillis(wait)
  }

  it("reads retry-after-ms first, then retry-after as seconds", () => {
    assert.strictEqual(millis({ "retry-after-ms": "250", "retry-after": "9" }), 250)
    assert.strictEqual(millis({ "retry-after-ms": "soon", "retry-after": "1.5" }), 1500)
    assert.strictEqual(millis({ "retry-after": " 0 " }), 0)
  })

  it("reads an HTTP date relative to now, and a past date as no wait", () => {
    assert.strictEqual(millis({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), 3000)
    // A date that starts with a number is still a date, not 1 second.
    assert.strictEqual(millis({ "retry-after": "1 Jan 2026 00:00:03 GMT" }), 3000)
    assert.strictEqual(millis({ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }), 0)
  })

  it("gives no delay for a missing or unreadable header", () => {
    assert.isUndefined(millis({}))
    assert.isUndefined(millis({ "retry-after": "later" }))
    assert.isUndefined(millis({ "retry-after": "." }))
  })
})

describe("RetryPolicy.make as a Schedule", () => {
  it.effect("backs off 0.5 s then 1 s, and gives up after 2 retries", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500)])
      const { counts, exit } = yield* timeline(script, ["499 millis", "1 millis", "999 millis", "1 millis", "1 minute"])
      assert.deepStrictEqual(counts, [1, 1, 2, 2, 3, 3])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "InternalServerError")
    }))

  it.effect("applies the jitter from the Random service", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), ok])
      const { counts } = yield* timeline(script, ["374 millis", "1 millis"], 1)
      assert.deepStrictEqual(counts, [1, 1, 2])
    }))

  it.effect("waits retry-after-ms, then succeeds", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(429, { "retry-after-ms": "1500" }), ok])
      const { counts, exit } = yield* timeline(script, ["1499 millis", "1 millis"])
      assert.deepStrictEqual(counts, [1, 1, 2])
      assert.deepStrictEqual(exit, Exit.succeed({ ok: true }))
    }))

  it.effect("fails at once when retry-after is above the cap", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(429, { "retry-after": "120" }), ok])
      const { counts, exit } = yield* timeline(script, ["0 millis"])
      assert.deepStrictEqual(counts, [1, 1])
      assert.strictEqual((yield* Effect.flip(exit))._tag, "RateLimitError")
    }))
})
