// Calls chained with Effect.flatMap (already part of any one-call bundle), so the difference to
// chat-create.ts is the cost of the extra endpoints, not of a combinator like Effect.all.
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Files from "@openai-effect/resources/Files"
import * as Models from "@openai-effect/resources/Models"
import * as Moderations from "@openai-effect/resources/Moderations"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

ChatCompletions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] }).pipe(
  Effect.flatMap(() => Embeddings.create({ model: "text-embedding-3-small", input: "Hi" })),
  Effect.flatMap(() => Models.retrieve("gpt-4o")),
  Effect.flatMap(() => Models.delete("ft:gpt-4o-mini:org::id")),
  Effect.flatMap(() => Files.retrieve("file-abc")),
  Effect.flatMap(() => Files.delete("file-abc")),
  Effect.flatMap(() => ChatCompletions.retrieve("chatcmpl-abc")),
  Effect.flatMap(() => ChatCompletions.update("chatcmpl-abc", { metadata: { a: "b" } })),
  Effect.flatMap(() => ChatCompletions.delete("chatcmpl-abc")),
  Effect.flatMap(() => Moderations.create({ model: "omni-moderation-latest", input: "Hi" })),
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then(console.log)
