import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"

ChatCompletions.createStream({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }).pipe(
  Stream.runForEach((chunk) => Effect.sync(() => console.log(chunk.choices[0]?.delta.content ?? ""))),
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
)
