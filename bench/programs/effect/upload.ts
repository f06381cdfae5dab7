/** Streamed upload, openai-effect: the same generated web ReadableStream, named with `Uploadable.toFile`. */
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Files from "@openai-effect/resources/Files"
import * as Effect from "effect/Effect"
import { args, check, emit, generatedStream, MIB } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const total = num("mib", 256) * MIB

const program = Effect.gen(function*() {
  const rssBefore = process.memoryUsage().rss
  const start = performance.now()
  const file = yield* Files.create({
    file: Uploadable.toFile(generatedStream(total), "generated.jsonl"),
    purpose: "batch"
  })
  const ms = performance.now() - start
  check(
    file.bytes === total && file.filename === "generated.jsonl",
    `server counted ${file.bytes} bytes named ${file.filename}`
  )
  emit({ bytes: total, ms, rssBefore, rssGrowth: process.resourceUsage().maxRSS * 1024 - rssBefore })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
