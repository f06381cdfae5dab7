/** Per-request overhead, openai-effect: sequential non-streaming chat completions. */
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import { args, CHAT_PARAMS, check, emit } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const n = num("n", 2000)
const warmup = num("warmup", 100)

const program = Effect.gen(function*() {
  for (let i = 0; i < warmup; i++) yield* ChatCompletions.create(CHAT_PARAMS)
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const completion = yield* ChatCompletions.create(CHAT_PARAMS)
    check(completion.choices[0]?.message.content === "This is a test.", "unexpected completion")
  }
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  emit({ requests: n, ms, cpuMsPerRequest: (used.user + used.system) / 1000 / n, reqPerSec: (n * 1000) / ms })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
