import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Responses from "@openai-effect/resources/Responses"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

Responses.create({ model: "gpt-4o-mini", input: "Hi" }).pipe(
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then((response) => console.log(response.output_text))
