// One tool loop over an effect/ai Toolkit (DESIGN §8), side by side with openai's runTools.
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as RunTools from "@openai-effect/helpers/RunTools"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"

const GetWeather = Tool.make("get_weather", {
  parameters: Schema.Struct({ city: Schema.String }),
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
