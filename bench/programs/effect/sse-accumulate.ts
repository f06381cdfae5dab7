/**
 * SSE throughput with the accumulating helper, openai-effect: `ChatCompletionStream.accumulate`, the fold
 * of the chunk Stream into the final ChatCompletion.
 */
import * as ChatCompletionStream from "@openai-effect/helpers/ChatCompletionStream"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import { args, CHAT_PARAMS, check, emit } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const expected = num("chunks", 100_000)

const program = Effect.gen(function*() {
  const start = performance.now()
  const completion = yield* ChatCompletionStream.accumulate(ChatCompletions.createStream(CHAT_PARAMS))
  const ms = performance.now() - start
  const text = completion.choices[0]?.message.content ?? ""
  check(text.length > expected, `expected the accumulated text of ${expected} chunks, got ${text.length} characters`)
  emit({ chunks: expected + 2, ms, chunksPerSec: ((expected + 2) * 1000) / ms, characters: text.length })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
