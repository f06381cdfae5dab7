/**
 * A streamed chat completion: print deltas as they arrive, and stop reading
 * early (which aborts the request) after a few chunks.
 */
import * as ResponseMetadata from "@openai-effect/core/ResponseMetadata"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { model, run } from "./runtime.ts"

const params = { model, messages: [{ role: "user" as const, content: "Tell me a short story." }] }

const program = Effect.gen(function*() {
  yield* ChatCompletions.createStream({ ...params, stream_options: { include_usage: true } }).pipe(
    ResponseMetadata.tapStream((response) => console.log(`request id: ${response.requestId}`)),
    Stream.runForEach((chunk) =>
      Effect.sync(() => {
        process.stdout.write(chunk.choices[0]?.delta?.content ?? "")
        if (chunk.usage) process.stdout.write(`\n(usage: ${chunk.usage.total_tokens} tokens)`)
      })
    )
  )
  const firstWords = yield* ChatCompletions.createStream(params).pipe(
    Stream.map((chunk) => chunk.choices[0]?.delta?.content ?? ""),
    Stream.take(4),
    Stream.runCollect
  )
  yield* Console.log(`\nfirst four chunks only: ${JSON.stringify(firstWords.join(""))}`)
})

await run(program)
