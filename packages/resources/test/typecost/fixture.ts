/**
 * The type-cost fixture: a program using five resources, type-checked with `tsc --extendedDiagnostics`
 * by `../typecost.test.ts`, which holds the instantiation count under the budget in `../budgets.json`.
 */
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Files from "@openai-effect/resources/Files"
import * as Responses from "@openai-effect/resources/Responses"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as VectorStores from "@openai-effect/resources/VectorStores"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"

export const program = Effect.gen(function*() {
  const completion = yield* ChatCompletions.create({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] })
  const chunks = yield* ChatCompletions.createStream({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] })
    .pipe(
      Stream.map((chunk) => chunk.choices[0]?.delta.content ?? ""),
      Stream.runCollect
    )
  const response = yield* Responses.create({ model: "gpt-4o", input: "Hi" })
  const file = yield* Files.create({ file: new File(["{}"], "data.jsonl"), purpose: "fine-tune" })
  const files = yield* Files.list({ limit: 10 }).pipe(Stream.take(10), Stream.runCollect)
  const run = yield* ThreadsRuns.retrieve("run_1", { thread_id: "thread_1" })
  const store = yield* VectorStores.create({ name: "docs", file_ids: [file.id] })
  return {
    text: completion.choices[0]?.message.content,
    chunks,
    output: response.output,
    files,
    status: run.status,
    store: store.id
  }
})
