// The same call as responses-create, through effect's LanguageModel and our provider for it.
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as OpenAILanguageModel from "@openai-effect/helpers/OpenAILanguageModel"
import * as LanguageModel from "effect/ai/LanguageModel"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

LanguageModel.generateText({ prompt: "Hi" }).pipe(
  Effect.provide(OpenAILanguageModel.layer({ model: "gpt-4o-mini" })),
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then((response) => console.log(response.text))
