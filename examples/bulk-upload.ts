/**
 * Many files from disk into a vector store: at most 3 uploads in flight,
 * progress as it happens, a file the API refuses reported by name (not
 * thrown), and one batch polled until every file is indexed.
 */
import * as NodeUploadable from "@openai-effect/core/NodeUploadable"
import * as VectorStores from "@openai-effect/resources/VectorStores"
import * as VectorStoresFileBatches from "@openai-effect/resources/VectorStoresFileBatches"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as fs from "node:fs/promises"
import * as os from "node:os"
import * as path from "node:path"
import { run } from "./runtime.ts"

// Eight notes and one empty file, which the API refuses.
const writeFiles = Effect.acquireRelease(
  Effect.promise(async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "bulk-upload-"))
    const names = [...Array.from({ length: 8 }, (_, i) => `note-${i + 1}.md`), "empty.txt"]
    for (const name of names) {
      await fs.writeFile(path.join(dir, name), name === "empty.txt" ? "" : `# ${name}\nSome text to index.\n`)
    }
    return { dir, paths: names.map((name) => path.join(dir, name)) }
  }),
  ({ dir }) => Effect.promise(() => fs.rm(dir, { recursive: true, force: true }))
)

const program = Effect.gen(function*() {
  const { paths } = yield* writeFiles
  const store = yield* VectorStores.create({ name: "bulk upload example" })
  // Files are opened one at a time, as their upload starts.
  const files = Stream.fromIterable(paths).pipe(Stream.mapEffect((p) => NodeUploadable.fromPath(p)))

  const last = yield* VectorStoresFileBatches.uploadAndPollStream(store.id, { files }, {
    concurrency: 3,
    pollInterval: "100 millis"
  }).pipe(
    Stream.tap((p) =>
      Console.log(`uploaded ${p.uploaded}, failed ${p.failed}, in the batch ${p.inBatch} (${p.batch?.status ?? "-"})`)
    ),
    Stream.runLast
  )
  if (last._tag === "None") return
  for (const failure of last.value.failures) {
    yield* Console.log(`not uploaded: ${failure.name} (${failure.error._tag}: ${failure.error.message})`)
  }
  yield* Console.log(`batch ${last.value.batch?.status}: ${last.value.batch?.file_counts.completed} files indexed`)
}).pipe(Effect.scoped)

await run(program)
