/**
 * A batch job: 1,200 chat requests (one of them invalid) go through the
 * Batch API in batches of at most 500, and the results come back as a
 * stream, each paired with its custom id. Against the mock the batches end
 * in about a second; against the API they take up to 24 hours, so try a
 * handful of requests there (`BATCH_SIZE=3`).
 */
import * as BatchJob from "@openai-effect/helpers/BatchJob"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { model, run } from "./runtime.ts"

const total = Number(process.env.BATCH_SIZE ?? 1200)
const questions = ["Say this is a test", "What is the capital of France?", "Tell me a joke"]

// Generated as the upload reads them: the JSONL is never built in memory.
const requests = Stream.range(1, total).pipe(
  Stream.map((i): BatchJob.Request<"/v1/chat/completions"> => ({
    customId: `question-${i}`,
    body: {
      model,
      // Request 7 is invalid (no messages): it comes back as a Failure, the others as Successes.
      messages: i === 7 ? [] : [{ role: "user", content: questions[i % questions.length]! }]
    }
  }))
)

const program = Effect.gen(function*() {
  const summary = yield* BatchJob.run("/v1/chat/completions", requests, { maxRequestsPerBatch: 500 }).pipe(
    Stream.runFold(
      () => ({ succeeded: 0, failed: [] as Array<string>, batches: new Set<string>(), sample: "" }),
      (acc, result) => {
        acc.batches.add(result.batchId)
        if (result._tag === "Failure") {
          acc.failed.push(`${result.customId} (${result.statusCode} ${result.error.code}: ${result.error.message})`)
        } else {
          acc.succeeded++
          if (result.customId === "question-2") acc.sample = result.body.choices[0]?.message.content ?? ""
        }
        return acc
      }
    )
  )
  yield* Console.log(`${summary.succeeded} succeeded in ${summary.batches.size} batches`)
  yield* Console.log(`failed: ${summary.failed.join(", ")}`)
  yield* Console.log(`question-2 -> ${summary.sample}`)
})

await run(program)
