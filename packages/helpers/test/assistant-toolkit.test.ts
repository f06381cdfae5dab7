/**
 * `AssistantToolkit.toolOutputs`: an `effect/ai` toolkit answers an assistant run's `requires_action`.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AssistantToolkit from "@openai-effect/helpers/AssistantToolkit"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as fs from "node:fs"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const fixture = (name: string): string =>
  fs.readFileSync(new URL(`../../resources/test/fixtures/${name}`, import.meta.url), "utf8")

const GetWeather = Tool.make("get_weather", {
  parameters: Schema.Struct({ city: Schema.String }),
  success: Schema.Struct({ celsius: Schema.Number })
})
const Weather = Toolkit.make(GetWeather)
const weather = Weather.pipe(
  Effect.provide(Weather.toLayer({ get_weather: ({ city }) => Effect.succeed({ celsius: city.length * 4 - 3 }) }))
)

const run = (answers: ReadonlyArray<TestHttp.Answer>) =>
  Effect.gen(function*() {
    const script = TestHttp.scripted(answers)
    const tools = AssistantToolkit.toolOutputs(yield* weather)
    const parts = yield* ThreadsRuns.createAndStream("thread_fx2", { assistant_id: "asst_fx2" }, { tools }).pipe(
      Stream.runCollect,
      Effect.provide(TestHttp.client(script))
    )
    return { parts, script }
  })

describe("AssistantToolkit.toolOutputs", () => {
  it.effect("answers the run's calls with the handlers' encoded results, and the stream goes on", () =>
    Effect.gen(function*() {
      const { parts, script } = yield* run([
        TestHttp.sse(fixture("assistant-requires-action.sse")),
        TestHttp.sse(fixture("assistant-tool-outputs.sse"))
      ])
      assert.deepStrictEqual(JSON.parse(script.requests[1]!.body!).tool_outputs, [
        { tool_call_id: "call_w1", output: "{\"celsius\":17}" }
      ])
      const last = parts.at(-1)
      assert.strictEqual(last?.type === "event" && last.event.event, "thread.run.completed")
    }))

  it.effect("a call to a tool the toolkit lacks fails with the toolkit's error and submits nothing", () =>
    Effect.gen(function*() {
      const unknown = fixture("assistant-requires-action.sse").replaceAll("get_weather", "get_tides")
      const error = yield* run([TestHttp.sse(unknown)]).pipe(Effect.flip)
      assert.strictEqual(error._tag, "AiError")
    }))
})
