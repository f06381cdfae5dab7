// Calls chained with Effect.flatMap (already part of any one-call bundle), so the difference to
// chat-create.ts is the cost of the extra endpoints, not of a combinator like Effect.all.
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

ChatCompletions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }).pipe(
  Effect.flatMap(() => Embeddings.create({ model: "text-embedding-3-small", input: "Hi" })),
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then(console.log)
