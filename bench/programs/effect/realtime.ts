/**
 * Realtime throughput, openai-effect: one session, one response of `--events` text deltas that the
 * server paces at `--rate` per second (0: as fast as it can), every event decoded and counted.
 */
import * as Realtime from "@openai-effect/helpers/Realtime"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { args, check, emit } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url, num } = args()
const expected = num("events", 100_000)
const rate = num("rate", 10_000)

const program = Effect.gen(function*() {
  const session = yield* Realtime.connect({ model: "gpt-realtime" }, {
    headers: {
      "x-mock-stream-chunks": String(expected),
      "x-mock-events-per-second": rate > 0 ? String(rate) : undefined
    }
  })
  yield* session.send({ type: "session.update", session: { type: "realtime", output_modalities: ["text"] } })
  yield* session.send({ type: "response.create" })
  const start = performance.now()
  let events = 0
  let deltas = 0
  yield* session.events.pipe(
    Stream.takeUntil((event) => event.type === "response.done"),
    Stream.runForEach((event) =>
      Effect.sync(() => {
        events++
        if (event.type === "response.output_text.delta") deltas++
      })
    )
  )
  const ms = performance.now() - start
  check(deltas === expected, `expected ${expected} deltas, got ${deltas}`)
  emit({ events, ms, eventsPerSec: (deltas * 1000) / ms })
}).pipe(Effect.scoped)

await Effect.runPromise(program.pipe(Effect.provide(clientLayer(`${url}/v1`))))
