// runTools is not built yet (DESIGN §8: a recursive Effect over effect/ai Tool/Toolkit). This entry is
// written against the expected `@openai-effect/helpers/RunTools` and is reported as pending until it exists.
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as RunTools from "@openai-effect/helpers/RunTools"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"

const GetWeather = Tool.make("get_weather", {
  parameters: { city: Schema.String },
  success: Schema.String
})
const toolkit = Toolkit.make(GetWeather)

RunTools.run({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "Weather in Paris?" }],
  toolkit
}).pipe(
  Effect.provide(toolkit.toLayer({ get_weather: ({ city }) => Effect.succeed(`18C in ${city}`) })),
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then(console.log)
