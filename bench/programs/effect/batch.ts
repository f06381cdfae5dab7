/**
 * A batch job round trip, openai-effect only (the official SDK has no batch-job helper): `--requests`
 * chat requests generated on demand, written as JSONL while uploaded, run by the mock in batches of
 * 50,000, and their results streamed back and counted. RSS growth = peak RSS - RSS before the job;
 * holding a file (or the results) whole shows up as growth of about its size.
 */
import * as BatchJob from "@openai-effect/helpers/BatchJob"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { args, CHAT_PARAMS, check, emit, peakRss } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const total = num("requests", 100_000)

const requests = Stream.range(1, total).pipe(
  Stream.map((i): BatchJob.Request<"/v1/chat/completions"> => ({ customId: `request-${i}`, body: CHAT_PARAMS }))
)

const program = Effect.gen(function*() {
  const rssBefore = process.memoryUsage().rss
  const start = performance.now()
  const counts = yield* BatchJob.run("/v1/chat/completions", requests).pipe(
    Stream.runFold(() => ({ succeeded: 0, failed: 0, batches: new Set<string>() }), (acc, result) => {
      if (result._tag === "Success" && result.body.choices[0]?.message.content === "This is a test.") acc.succeeded++
      else acc.failed++
      acc.batches.add(result.batchId)
      return acc
    })
  )
  const ms = performance.now() - start
  check(counts.succeeded === total && counts.failed === 0, `${counts.succeeded} of ${total} succeeded`)
  check(counts.batches.size === Math.ceil(total / 50_000), `${counts.batches.size} batches`)
  emit({ requests: total, ms, requestsPerSec: (total / ms) * 1000, rssBefore, rssGrowth: peakRss() - rssBefore })
})

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(url))))
