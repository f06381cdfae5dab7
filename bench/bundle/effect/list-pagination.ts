import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Files from "@openai-effect/resources/Files"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"

Files.list({ limit: 100 }).pipe(
  Stream.runForEach((file) => Effect.sync(() => console.log(file.id))),
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
)
