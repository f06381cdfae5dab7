/**
 * A text-only realtime session over WebSocket: ask one question and print the
 * answer's text as it arrives. Closing the scope closes the socket.
 *
 * Against the real API set OPENAI_API_KEY (and OPENAI_REALTIME_MODEL to pick
 * the model, default gpt-realtime).
 */
import * as Realtime from "@openai-effect/helpers/Realtime"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import { run } from "./runtime.ts"

const model = process.env.OPENAI_REALTIME_MODEL ?? "gpt-realtime"

const program = Effect.gen(function*() {
  const session = yield* Realtime.connect({ model })
  const [created] = yield* session.events.pipe(Stream.take(1), Stream.runCollect)
  if (created?.type === "session.created") yield* Console.log(`${created.session.type} session with ${model} is open`)

  yield* session.send({ type: "session.update", session: { type: "realtime", output_modalities: ["text"] } })
  yield* Realtime.sendText(session, "Say this is a test")
  let deltas = 0
  yield* Realtime.textDeltas(session).pipe(
    Stream.runForEach((text) =>
      Effect.sync(() => {
        deltas++
        process.stdout.write(text)
      })
    )
  )
  yield* Console.log(`\n(done: ${deltas} deltas)`)
}).pipe(Effect.scoped)

await run(program)
