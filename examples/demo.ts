/**
 * The tour: a chat completion, a streamed completion, a paginated list and
 * an upload. `pnpm demo` runs it against the local mock server, or against
 * the real API when OPENAI_API_KEY is set.
 */
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Files from "@openai-effect/resources/Files"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { model, run } from "./runtime.ts"

const program = Effect.gen(function*() {
  yield* Console.log("1. A chat completion")
  const completion = yield* ChatCompletions.create({
    model,
    messages: [{ role: "user", content: "Say hello in five words." }]
  })
  yield* Console.log(`   ${completion.choices[0]?.message.content}\n`)

  yield* Console.log("2. A streamed completion")
  process.stdout.write("   ")
  yield* ChatCompletions.createStream({
    model,
    messages: [{ role: "user", content: "Count from one to five." }]
  }).pipe(
    Stream.runForEach((chunk) => Effect.sync(() => process.stdout.write(chunk.choices[0]?.delta?.content ?? "")))
  )
  yield* Console.log("\n")

  yield* Console.log("3. An upload")
  const jsonl = new TextEncoder().encode(`{"prompt":"hi","completion":"hello"}\n`)
  const file = yield* Files.create({ file: Uploadable.toFile(jsonl, "demo.jsonl"), purpose: "user_data" })
  yield* Console.log(`   uploaded ${file.filename} as ${file.id} (${file.bytes} bytes)\n`)

  yield* Console.log("4. A paginated list (pages of 10, fetched as the stream is read)")
  const names = yield* Files.list({ limit: 10 }).pipe(
    Stream.take(25),
    Stream.map((f) => f.filename),
    Stream.runCollect
  )
  yield* Console.log(`   ${names.length} files: ${names.slice(0, 5).join(", ")}, ...`)

  yield* Files.delete(file.id)
})

await run(program)
