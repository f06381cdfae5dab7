/**
 * Typed errors: each failure kind has its tag, carries the request id and the server's error
 * object, and logs as JSON without headers or keys. The mock answers with the failures asked for
 * in `x-mock-fault` (a 429, a 500, a stalled response); the real API ignores that header.
 */
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Files from "@openai-effect/resources/Files"
import * as Console from "effect/Console"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { model, run } from "./runtime.ts"

const hello = (fault: string, options: { readonly timeout?: Duration.Input } = {}) =>
  ChatCompletions.create(
    { model, messages: [{ role: "user", content: "Hi" }] },
    { headers: { "x-mock-fault": fault }, maxRetries: 0, ...options }
  )

const program = Effect.gen(function*() {
  // Each status has its own tag: handle the one you expect, let the rest through.
  const missing = yield* Files.retrieve("file-does-not-exist").pipe(
    Effect.map((file) => `found ${file.id}`),
    Effect.catchTag(
      "NotFoundError",
      (error) => Effect.succeed(`NotFoundError: status ${error.status}, request id ${error.requestId}`)
    )
  )
  yield* Console.log(missing)

  // A 429 says how long to wait; with retries off it reaches the program.
  yield* hello("429").pipe(
    Effect.catchTag("RateLimitError", (error) =>
      Console.log(
        `RateLimitError: ${error.error?.code}, retry after ${error.retryAfter?.toString()}, request id ${error.requestId}`
      ))
  )

  // Any status >= 500 is an InternalServerError, whatever the body.
  yield* hello("500").pipe(
    Effect.catchTag("InternalServerError", (error) => Console.log(`InternalServerError: status ${error.status}`))
  )

  // A server that never answers: the attempt timeout says which limit ran out.
  yield* hello("stall", { timeout: "300 millis" }).pipe(
    Effect.catchTag(
      "APIConnectionTimeoutError",
      (error) => Console.log(`APIConnectionTimeoutError: kind ${error.kind}, after ${error.timeout.toString()}`)
    )
  )

  // Errors log as JSON with their message, and without headers, bodies or the key.
  const error = yield* Effect.flip(hello("503"))
  yield* Console.log(`as JSON: ${JSON.stringify(error)}`)
})

await run(program)
