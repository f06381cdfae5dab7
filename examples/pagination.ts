/**
 * Lists as lazy streams, and page by page.
 */
import * as Files from "@openai-effect/resources/Files"
import * as Models from "@openai-effect/resources/Models"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { run } from "./runtime.ts"

const program = Effect.gen(function*() {
  // Auto-pagination: pages are fetched only as the stream is read.
  const count = yield* Files.list({ limit: 5 }).pipe(Stream.take(12), Stream.runCount)
  yield* Console.log(`read ${count} files without fetching a fourth page`)

  // By hand: one page at a time.
  let page = yield* Files.listPage({ limit: 10 })
  let pages = 1
  while (page.next && pages < 3) {
    page = yield* page.next
    pages++
  }
  yield* Console.log(`walked ${pages} pages; the last has ${page.data.length} files, more: ${page.hasMore}`)

  const models = yield* Models.list().pipe(Stream.map((m) => m.id), Stream.take(3), Stream.runCollect)
  yield* Console.log(`models: ${models.join(", ")}`)
})

await run(program)
