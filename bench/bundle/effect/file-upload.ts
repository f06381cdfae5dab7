import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Files from "@openai-effect/resources/Files"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Redacted from "effect/Redacted"

Files.create({ file: new File(["{}\n"], "data.jsonl"), purpose: "batch" }).pipe(
  Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make("sk-bundle") })),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then((file) => console.log(file.id))
