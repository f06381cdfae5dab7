import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

Embeddings.create({ model: "text-embedding-3-small", input: "Hi" }).pipe(
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then((response) => console.log(response.data[0]?.embedding.length))
