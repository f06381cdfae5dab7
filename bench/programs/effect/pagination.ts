/** Auto-pagination, openai-effect: every file of the list as a Stream, 100 per page. */
import * as Files from "@openai-effect/resources/Files"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { args, check, emit } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const expected = num("items", 100_000)
const limit = num("limit", 100)

const program = Effect.gen(function*() {
  const rssBefore = process.memoryUsage().rss
  const start = performance.now()
  let items = 0
  let bytes = 0
  yield* Files.list({ limit }).pipe(
    Stream.runForEach((file) =>
      Effect.sync(() => {
        items++
        bytes += file.bytes
      })
    )
  )
  const ms = performance.now() - start
  check(items === expected && bytes > 0, `expected ${expected} items, got ${items}`)
  emit({ items, ms, itemsPerSec: (items * 1000) / ms, rssBefore })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
