/** SSE throughput, openai-effect: one chat completion stream, every chunk decoded. */
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { args, CHAT_PARAMS, check, emit } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const expected = num("chunks", 100_000)

const program = Effect.gen(function*() {
  const start = performance.now()
  let chunks = 0
  let content = 0
  yield* ChatCompletions.createStream(CHAT_PARAMS).pipe(
    Stream.runForEach((chunk) =>
      Effect.sync(() => {
        chunks++
        if (chunk.choices[0]?.delta.content) content++
      })
    )
  )
  const ms = performance.now() - start
  check(content === expected, `expected ${expected} content chunks, got ${content}`)
  emit({ chunks, ms, chunksPerSec: (chunks * 1000) / ms })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
