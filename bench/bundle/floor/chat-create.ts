// The floor for an effect-based client: effect's own HttpClient posting JSON and reading JSON, with no
// openai-effect code (no retries, errors, metadata). openai-effect's chat-create is measured against it.
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"

HttpClient.execute(
  HttpClientRequest.post("https://api.openai.com/v1/chat/completions").pipe(
    HttpClientRequest.bearerToken("sk-bundle"),
    HttpClientRequest.bodyJsonUnsafe({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] })
  )
).pipe(
  Effect.flatMap((response) => response.json),
  Effect.provide(FetchHttpClient.layer),
  Effect.runPromise
).then(console.log)
