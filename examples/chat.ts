/**
 * A chat completion, with the response's request id and rate-limit budget.
 */
import * as ResponseMetadata from "@openai-effect/core/ResponseMetadata"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { model, run } from "./runtime.ts"

const program = Effect.gen(function*() {
  const { data, response } = yield* ChatCompletions.create({
    model,
    messages: [
      { role: "system", content: "You are terse." },
      { role: "user", content: "What is Effect?" }
    ]
  }).pipe(ResponseMetadata.withResponse)
  yield* Console.log(`answer: ${data.choices[0]?.message.content}`)
  yield* Console.log(`tokens: ${data.usage?.total_tokens}`)
  yield* Console.log(`request id: ${response.requestId}`)
  yield* Console.log(`requests left this minute: ${response.rateLimit.remainingRequests}`)
})

await run(program)
