/**
 * The chat helpers over Azure: `AzureOpenAI.layer` against the local fake
 * resource (`scripts/azure-mock-server.ts`, 127.0.0.1), whose streams open
 * with a chunk of `prompt_filter_results` and no choices and close with a
 * choice that has `content_filter_results` and no `delta`.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import type * as ContentFilter from "@openai-effect/azure/ContentFilter"
import * as ChatCompletionStream from "@openai-effect/helpers/ChatCompletionStream"
import * as RunTools from "@openai-effect/helpers/RunTools"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as AzureMock from "../../../scripts/azure-mock-server.ts"

const deployment = "gpt-4o-prod"

/** The fake resource for the test's lifetime. */
const fake = Effect.acquireRelease(
  Effect.promise(() => AzureMock.start({ deployments: [deployment], apiKey: "azure-key" })),
  (server) => Effect.promise(() => server.close())
)

const azure = (server: AzureMock.AzureMock) =>
  AzureOpenAI.layer({ endpoint: server.endpoint, apiVersion: "2024-10-21", apiKey: "azure-key", maxRetries: 0 })
    .pipe(Layer.provide(FetchHttpClient.layer))

const messages = [{ role: "user" as const, content: "What is Effect?" }]

const GetWeather = Tool.make("get_weather", {
  parameters: Schema.Struct({ city: Schema.String }),
  success: Schema.String
})
const toolkit = Toolkit.make(GetWeather)

describe("chat helpers over Azure", () => {
  it.live("ChatCompletionStream.accumulate reads an Azure stream to its completion, keeping the filter results", () =>
    Effect.gen(function*() {
      const server = yield* fake
      const completion: ContentFilter.ChatCompletion = yield* ChatCompletionStream.accumulate(
        ChatCompletions.createStream({ model: deployment, messages })
      ).pipe(Effect.provide(azure(server)))
      assert.strictEqual(completion.choices.length, 1)
      assert.strictEqual(completion.choices[0]!.message.content, "Effect is a TypeScript library.")
      // The last chunk, without a delta, says `finish_reason: null`: it must not undo the "stop" before it.
      assert.strictEqual(completion.choices[0]!.finish_reason, "stop")
      assert.strictEqual(completion.prompt_filter_results?.[0]?.content_filter_results?.hate?.severity, "safe")
      assert.strictEqual(completion.choices[0]!.content_filter_results?.sexual?.severity, "safe")
      assert.deepStrictEqual(server.requests.map((r) => `${r.method} ${r.url}`), [
        `POST /openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`
      ])
    }))

  it.live("RunTools.stream over an Azure stream ends with the final content", () =>
    Effect.gen(function*() {
      const server = yield* fake
      const events = yield* RunTools.stream({ model: deployment, messages, toolkit, stream: true }).pipe(
        Stream.runCollect,
        Effect.provide(toolkit.toLayer({ get_weather: ({ city }) => Effect.succeed(`18C in ${city}`) })),
        Effect.provide(azure(server))
      )
      const contents = events.flatMap((event) => event.type === "content.delta" ? [event.delta] : [])
      assert.strictEqual(contents.join(""), "Effect is a TypeScript library.")
      assert.deepStrictEqual(events.at(-1), { type: "final_content", content: "Effect is a TypeScript library." })
      assert.strictEqual(server.requests.length, 1)
    }))
})
