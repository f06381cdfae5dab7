/**
 * Retries: the default policy (two retries, exponential backoff, the server's `retry-after`
 * honoured), any `Schedule` in its place, per call or for a region, and timeouts per attempt. With
 * `withLogLevel("info")` each retry that will happen is logged with its attempt, delay and reason.
 * The mock fails the first attempts of a call as `x-mock-fault` asks (`429*2`: two 429s, then the
 * answer); the real API ignores that header.
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schedule from "effect/Schedule"
import { model, run } from "./runtime.ts"

const hello = ChatCompletions.create({ model, messages: [{ role: "user", content: "Hi" }] })

const answered = <E, R>(label: string, call: Effect.Effect<ChatCompletions.ChatCompletion, E, R>) =>
  call.pipe(Effect.flatMap((completion) => Console.log(`${label}: ${completion.choices[0]?.message.content}`)))

const program = Effect.gen(function*() {
  // Two 429s, each asking for 200 ms: the default policy waits as asked and the third attempt answers.
  yield* answered(
    "after two 429s",
    hello.pipe(
      OpenAIClient.withRequestOptions({ headers: { "x-mock-fault": "429*2" } }),
      OpenAIClient.withLogLevel("info")
    )
  )

  // A 500 is retried too, here by a Schedule of your own instead of the default policy.
  yield* answered(
    "after a 500, on a custom schedule",
    hello.pipe(
      OpenAIClient.withRequestOptions({ headers: { "x-mock-fault": "500*1" } }),
      OpenAIClient.withRetry(Schedule.max([Schedule.exponential("50 millis"), Schedule.recurs(3)]))
    )
  )

  // A body slower than the attempt timeout fails that attempt; the retry gets a prompt answer.
  yield* answered(
    "after a slow body timed out",
    ChatCompletions.create({ model, messages: [{ role: "user", content: "Hi" }] }, {
      headers: { "x-mock-fault": "slow*1", "x-mock-slow-ms": "2000" },
      timeout: "500 millis"
    })
  )

  // maxRetries: 0 sends exactly one request, so the failure reaches the program.
  yield* ChatCompletions.create(
    { model, messages: [{ role: "user", content: "Hi" }] },
    { headers: { "x-mock-fault": "503*1" }, maxRetries: 0 }
  ).pipe(
    Effect.flatMap(() => Console.log("answered")),
    Effect.catchTag("InternalServerError", (error) => Console.log(`no retry: ${error.status} reached the program`))
  )
})

await run(program)
