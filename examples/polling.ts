/**
 * Polling long-running work to its end: a run, a file in a vector store, an
 * uploaded file; and a run cancelled on the server when its poll is interrupted.
 * Each poll waits `pollInterval` when given, else the server's
 * `openai-poll-after-ms`, else 5 seconds.
 */
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Assistants from "@openai-effect/resources/Assistants"
import * as Files from "@openai-effect/resources/Files"
import * as Threads from "@openai-effect/resources/Threads"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as VectorStores from "@openai-effect/resources/VectorStores"
import * as VectorStoresFiles from "@openai-effect/resources/VectorStoresFiles"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import { model, run } from "./runtime.ts"

const program = Effect.gen(function*() {
  const assistant = yield* Assistants.create({ model, instructions: "Answer in one sentence." })
  const thread = yield* Threads.create({ messages: [{ role: "user", content: "What is a vector store?" }] })

  const done = yield* ThreadsRuns.createAndPoll(thread.id, { assistant_id: assistant.id })
  yield* Console.log(`run ${done.id}: ${done.status}`)

  // Interrupting the poll (here: a timeout during its wait) cancels the run on the server.
  const slow = yield* ThreadsRuns.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollInterval: "1 hour" })
    .pipe(Effect.timeout("1 second"), Effect.option)
  const [latest] = yield* ThreadsRuns.listPage(thread.id, { limit: 1 }).pipe(Effect.map((page) => page.data))
  yield* Console.log(`timed out: ${slow._tag === "None"}; the run is now ${latest?.status}`)

  const store = yield* VectorStores.create({ name: "polling example" })
  const notes = Uploadable.toFile(new TextEncoder().encode("# Notes\nVector stores index files."), "notes.md")
  const indexed = yield* VectorStoresFiles.uploadAndPoll(store.id, notes, { pollInterval: "50 millis" })
  yield* Console.log(`vector store file ${indexed.id}: ${indexed.status}`)

  const file = yield* Files.waitForProcessing(indexed.id, { pollInterval: "1 second", maxWait: "1 minute" })
  yield* Console.log(`file ${file.id}: ${file.status}`)
})

await run(program)
