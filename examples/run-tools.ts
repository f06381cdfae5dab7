/**
 * A tool loop: the model asks where the user is, then for the weather there, then answers. The
 * tools are effect/ai Tools; their handlers come in as a Layer. Prints the whole transcript.
 */
import * as RunTools from "@openai-effect/helpers/RunTools"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { model, run } from "./runtime.ts"

const GetCurrentLocation = Tool.make("getCurrentLocation", {
  description: "Where the user is now",
  success: Schema.String
})

const GetWeather = Tool.make("getWeather", {
  description: "This week's weather in a place",
  parameters: Schema.Struct({ location: Schema.String }),
  success: Schema.Struct({ temperature: Schema.String, precipitation: Schema.String })
})

const toolkit = Toolkit.make(GetCurrentLocation, GetWeather)

const Handlers = toolkit.toLayer({
  getCurrentLocation: () => Effect.succeed("Boston"), // a lookup would go here
  getWeather: ({ location }) =>
    Effect.succeed({ temperature: "50degF", precipitation: location === "Boston" ? "high" : "low" })
})

const program = Effect.gen(function*() {
  const result = yield* RunTools.run({
    model,
    messages: [{ role: "user", content: "How is the weather this week?" }],
    toolkit
  })
  for (const message of result.messages) yield* Console.log(JSON.stringify(message))
  yield* Console.log(`\nFinal content: ${result.finalContent}`)
  yield* Console.log(`${result.completions.length} completions, ${result.usage.total_tokens} tokens`)
}).pipe(Effect.provide(Handlers))

await run(program)
