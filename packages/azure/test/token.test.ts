/**
 * The Entra ID token provider: shared by concurrent calls, reused until
 * shortly before it expires (on the `TestClock`), and renewed once, with one
 * replay, after a 401.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Files from "@openai-effect/resources/Files"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/testing/TestClock"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const completion = TestHttp.json(200, { id: "chatcmpl-1", object: "chat.completion", choices: [] })
const params = { model: "gpt-4o", messages: [{ role: "user" as const, content: "Hi" }] }

/** A JWT (unsigned: only its payload matters here) expiring at `exp` seconds. */
const jwt = (exp: number, n: number) =>
  `${btoa(JSON.stringify({ alg: "none" }))}.${
    btoa(JSON.stringify({ exp, n })).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_")
  }.sig`

/** A provider handing out `tokens(n)` for its n-th call (from 1), counting the calls. */
const counting = (tokens: (n: number) => string) => {
  const counter = { calls: 0 }
  const provider = () => Promise.resolve(tokens(++counter.calls))
  return { counter, provider }
}

const client = (script: TestHttp.Scripted, options: Partial<AzureOpenAI.Options>) =>
  AzureOpenAI.layer({ endpoint: "https://res.openai.azure.com", apiVersion: "2024-10-21", ...options }).pipe(
    Layer.provide(script.layer)
  )

const bearerOf = (request: TestHttp.Recorded) => request.headers.authorization

describe("Entra ID token provider", () => {
  it.effect("ten concurrent calls share one provider call", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      const { counter, provider } = counting((n) => jwt(3600, n))
      yield* Effect.all(Array.from({ length: 10 }, () => ChatCompletions.create(params)), { concurrency: "unbounded" })
        .pipe(Effect.provide(client(script, { azureADTokenProvider: provider })))
      assert.strictEqual(counter.calls, 1)
      assert.strictEqual(script.requests.length, 10)
      for (const request of script.requests) assert.strictEqual(bearerOf(request), `Bearer ${jwt(3600, 1)}`)
    }))

  it.effect("a JWT is reused until two minutes before its exp, then the provider is called again", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      // The TestClock starts at 0: the first token expires at 10 minutes, the second at 20.
      const { counter, provider } = counting((n) => jwt(600 * n, n))
      // One layer for the whole test, so the cache lives across calls.
      yield* Effect.gen(function*() {
        yield* ChatCompletions.create(params)
        yield* TestClock.adjust("7 minutes")
        yield* TestClock.adjust("59 seconds")
        yield* ChatCompletions.create(params)
        assert.strictEqual(counter.calls, 1)
        yield* TestClock.adjust("1 second")
        yield* ChatCompletions.create(params)
        assert.strictEqual(counter.calls, 2)
      }).pipe(Effect.provide(client(script, { azureADTokenProvider: provider })))
      assert.deepStrictEqual(script.requests.map(bearerOf), [
        `Bearer ${jwt(600, 1)}`,
        `Bearer ${jwt(600, 1)}`,
        `Bearer ${jwt(1200, 2)}`
      ])
    }))

  it.effect("a token that is not a JWT is reused for azureADTokenTTL", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      const { counter, provider } = counting((n) => `opaque-${n}`)
      yield* Effect.gen(function*() {
        yield* ChatCompletions.create(params)
        yield* TestClock.adjust("4 minutes")
        yield* ChatCompletions.create(params)
        assert.strictEqual(counter.calls, 1)
        yield* TestClock.adjust("1 minute")
        yield* ChatCompletions.create(params)
        assert.strictEqual(counter.calls, 2)
      }).pipe(Effect.provide(client(script, { azureADTokenProvider: provider, azureADTokenTTL: "5 minutes" })))
      assert.deepStrictEqual(script.requests.map(bearerOf), ["Bearer opaque-1", "Bearer opaque-1", "Bearer opaque-2"])
    }))

  it.effect("a token that is not a JWT, without a TTL, is fetched again for the next call", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      const { counter, provider } = counting((n) => `opaque-${n}`)
      yield* Effect.gen(function*() {
        yield* ChatCompletions.create(params)
        yield* ChatCompletions.create(params)
      }).pipe(Effect.provide(client(script, { azureADTokenProvider: provider })))
      assert.strictEqual(counter.calls, 2)
      assert.deepStrictEqual(script.requests.map(bearerOf), ["Bearer opaque-1", "Bearer opaque-2"])
    }))

  it.effect("an Effect provider of a Redacted token works the same", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      let calls = 0
      const provider = Effect.sync(() => Redacted.make(jwt(3600, ++calls)))
      yield* Effect.all([ChatCompletions.create(params), ChatCompletions.create(params)], { concurrency: 2 })
        .pipe(Effect.provide(client(script, { azureADTokenProvider: provider })))
      assert.strictEqual(calls, 1)
      assert.deepStrictEqual(script.requests.map(bearerOf), [`Bearer ${jwt(3600, 1)}`, `Bearer ${jwt(3600, 1)}`])
    }))

  it.effect("after a 401 the token is renewed and the request sent again, once", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(401), completion])
      const { counter, provider } = counting((n) => jwt(3600, n))
      const result = yield* ChatCompletions.create(params).pipe(
        Effect.provide(client(script, { azureADTokenProvider: provider, maxRetries: 0 }))
      )
      assert.strictEqual(result.id, "chatcmpl-1")
      assert.strictEqual(counter.calls, 2)
      assert.deepStrictEqual(script.requests.map(bearerOf), [`Bearer ${jwt(3600, 1)}`, `Bearer ${jwt(3600, 2)}`])
      assert.strictEqual(script.requests[1]!.body, script.requests[0]!.body)
      assert.strictEqual(script.requests[1]!.headers["idempotency-key"], script.requests[0]!.headers["idempotency-key"])
    }))

  it.effect("the replay after a 401 is logged at info like a retry, and only when logging is on", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make(({ logLevel, message }) => lines.push(`${logLevel} ${JSON.stringify(message)}`))
      const call = (level: OpenAIClient.LogLevel) =>
        ChatCompletions.create(params).pipe(
          OpenAIClient.withLogLevel(level),
          Effect.provide(client(TestHttp.scripted([TestHttp.status(401), completion]), {
            azureADTokenProvider: counting((n) => jwt(3600, n)).provider
          })),
          Effect.provide(Logger.layer([logger]))
        )
      yield* call("warn")
      assert.deepStrictEqual(lines, [])
      yield* call("info")
      assert.strictEqual(lines.length, 1)
      assert.match(lines[0]!, /^Info .*retrying.*POST \/chat\/completions/)
    }))

  it.effect("a second 401 fails with AuthenticationError after exactly one replay", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(401)])
      const { counter, provider } = counting((n) => jwt(3600, n))
      const error = yield* ChatCompletions.create(params).pipe(
        Effect.provide(client(script, { azureADTokenProvider: provider })),
        Effect.flip
      )
      assert.strictEqual(error._tag, "AuthenticationError")
      assert.strictEqual(script.requests.length, 2)
      assert.strictEqual(counter.calls, 2)
    }))

  it.effect("concurrent calls rejected with the same token renew it once", () =>
    Effect.gen(function*() {
      let rejected = 0
      const script = TestHttp.scripted([
        (request) => bearerOf(request) === `Bearer ${jwt(3600, 1)}` ? (rejected++, TestHttp.status(401)) : completion
      ])
      const { counter, provider } = counting((n) => jwt(3600, n))
      yield* Effect.all(Array.from({ length: 5 }, () => ChatCompletions.create(params)), { concurrency: "unbounded" })
        .pipe(Effect.provide(client(script, { azureADTokenProvider: provider })))
      assert.strictEqual(rejected, 5)
      assert.strictEqual(counter.calls, 2)
      assert.strictEqual(script.requests.length, 10)
    }))

  it.effect("a retry after a 5xx reuses the cached token", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(500), completion])
      const { counter, provider } = counting((n) => jwt(3600, n))
      const fiber = yield* ChatCompletions.create(params).pipe(
        Effect.provide(client(script, { azureADTokenProvider: provider, maxRetries: 1 })),
        TestHttp.jitter(0),
        Effect.forkChild
      )
      yield* TestClock.adjust("500 millis")
      yield* Fiber.join(fiber)
      assert.strictEqual(counter.calls, 1)
      assert.deepStrictEqual(script.requests.map(bearerOf), [`Bearer ${jwt(3600, 1)}`, `Bearer ${jwt(3600, 1)}`])
    }))

  it.effect("a streamed upload rejected with 401 is not sent again", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(401)])
      const { counter, provider } = counting((n) => jwt(3600, n))
      const file = Uploadable.toFile(Stream.make(new TextEncoder().encode("{}")), "batch.jsonl")
      const error = yield* Files.create({ file, purpose: "batch", expires_after: undefined } as Files.CreateParams)
        .pipe(Effect.provide(client(script, { azureADTokenProvider: provider })), Effect.flip)
      assert.strictEqual(error._tag, "AuthenticationError")
      assert.strictEqual(script.requests.length, 1)
      assert.strictEqual(counter.calls, 1)
    }))

  it.effect("a failing provider fails the call with InvalidRequestError, and nothing is sent", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      const error = yield* ChatCompletions.create(params).pipe(
        Effect.provide(
          client(script, { azureADTokenProvider: () => Promise.reject(new Error("no managed identity")) })
        ),
        Effect.flip
      )
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.include(error.message, "The Azure AD token provider failed: no managed identity")
      assert.strictEqual(script.requests.length, 0)
    }))

  it.effect("a provider that never answers fails the waiting calls after azureADTokenTimeout, nothing sent", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      const calls = yield* Effect.all(Array.from({ length: 3 }, () => ChatCompletions.create(params)), {
        concurrency: "unbounded",
        mode: "result"
      }).pipe(
        Effect.provide(client(script, {
          azureADTokenProvider: () => new Promise<string>(() => {}),
          azureADTokenTimeout: "5 seconds",
          maxRetries: 0
        })),
        Effect.forkChild
      )
      yield* TestClock.adjust("4999 millis")
      assert.isUndefined(calls.pollUnsafe())
      yield* TestClock.adjust("1 millis")
      const results = yield* Fiber.join(calls)
      assert.strictEqual(results.length, 3)
      for (const result of results) {
        assert.strictEqual(result._tag, "Failure")
        if (result._tag === "Failure") {
          assert.strictEqual(result.failure._tag, "APIConnectionTimeoutError")
          assert.include(result.failure.message, "Azure AD token")
        }
      }
      assert.strictEqual(script.requests.length, 0)
    }))

  it.effect("after the provider timed out (by default at the request timeout), the next call asks it again", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([completion])
      const counter = { calls: 0 }
      const provider = () =>
        ++counter.calls === 1 ? new Promise<string>(() => {}) : Promise.resolve(jwt(3600, counter.calls))
      // One client, so one cache, for both calls.
      yield* Effect.gen(function*() {
        const first = yield* ChatCompletions.create(params).pipe(Effect.flip, Effect.forkChild)
        yield* TestClock.adjust("30 seconds")
        assert.strictEqual((yield* Fiber.join(first))._tag, "APIConnectionTimeoutError")
        yield* ChatCompletions.create(params)
      }).pipe(Effect.provide(client(script, { azureADTokenProvider: provider, timeout: "30 seconds", maxRetries: 0 })))
      assert.strictEqual(counter.calls, 2)
      assert.strictEqual(script.requests.length, 1)
      assert.strictEqual(bearerOf(script.requests[0]!), `Bearer ${jwt(3600, 2)}`)
    }))
})
