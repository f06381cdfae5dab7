/**
 * Typed errors, retry policies as Schedules, and timeouts.
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Files from "@openai-effect/resources/Files"
import * as Models from "@openai-effect/resources/Models"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import { run } from "./runtime.ts"

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

  // Any Schedule is a retry policy; errors that cannot succeed on retry (a 404) are never retried.
  const policy = Schedule.max([Schedule.exponential("100 millis"), Schedule.recurs(4)])
  const ids = yield* Models.list().pipe(
    Stream.map((m) => m.id),
    Stream.runCollect,
    OpenAIClient.withRetry(policy),
    OpenAIClient.withTimeout("30 seconds")
  )
  yield* Console.log(`${ids.length} models, listed under a custom retry policy and timeout`)

  // Per call: exactly one attempt, at most 20 seconds.
  const model = yield* Models.retrieve("gpt-4o-mini", { maxRetries: 0, timeout: "20 seconds" }).pipe(
    Effect.catchTags({
      NotFoundError: () => Effect.succeed({ id: "(not available to this key)" }),
      APIConnectionTimeoutError: (e) => Effect.succeed({ id: `(timed out: ${e.kind})` })
    })
  )
  yield* Console.log(`model: ${model.id}`)
})

await run(program)
