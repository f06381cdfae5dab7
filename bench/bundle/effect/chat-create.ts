import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

ChatCompletions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }).pipe(
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then((completion) => console.log(completion.choices[0]?.message.content))
