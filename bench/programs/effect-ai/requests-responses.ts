/**
 * Per-call overhead of one text generation, openai-effect through effect's own AI modules:
 * sequential `LanguageModel.generateText` over `OpenAILanguageModel` (the same Responses call).
 */
import * as OpenAILanguageModel from "@openai-effect/helpers/OpenAILanguageModel"
import * as LanguageModel from "effect/ai/LanguageModel"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import { clientLayer } from "../effect/client.ts"
import { args, check, emit, RESPONSES_PARAMS } from "../shared.ts"

const { url, num } = args()
const n = num("n", 2000)
const warmup = num("warmup", 100)
const generate = LanguageModel.generateText({ prompt: RESPONSES_PARAMS.input })

const program = Effect.gen(function*() {
  for (let i = 0; i < warmup; i++) yield* generate
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const response = yield* generate
    check(response.text === "This is a test.", "unexpected response")
  }
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  emit({ requests: n, ms, cpuMsPerRequest: (used.user + used.system) / 1000 / n, reqPerSec: (n * 1000) / ms })
})

const model = OpenAILanguageModel.layer({ model: RESPONSES_PARAMS.model }).pipe(Layer.provide(clientLayer(url)))
await Effect.runPromise(program.pipe(Effect.provide(model)))
