/** Per-call overhead of one text generation, openai-effect directly: sequential `Responses.create`. */
import * as Responses from "@openai-effect/resources/Responses"
import * as Effect from "effect/Effect"
import { args, check, emit, RESPONSES_PARAMS } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const n = num("n", 2000)
const warmup = num("warmup", 100)

const text = (response: Effect.Success<ReturnType<typeof Responses.create>>) =>
  response.output.flatMap((item) => item.type === "message" ? item.content : [])
    .map((content) => content.type === "output_text" ? content.text : "").join("")

const program = Effect.gen(function*() {
  for (let i = 0; i < warmup; i++) yield* Responses.create(RESPONSES_PARAMS)
  const cpu = process.cpuUsage()
  const start = performance.now()
  for (let i = 0; i < n; i++) {
    const response = yield* Responses.create(RESPONSES_PARAMS)
    check(text(response) === "This is a test.", "unexpected response")
  }
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  emit({ requests: n, ms, cpuMsPerRequest: (used.user + used.system) / 1000 / n, reqPerSec: (n * 1000) / ms })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
