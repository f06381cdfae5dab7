/**
 * End to end over `fetch` against the local fake Azure resource
 * (`scripts/azure-mock-server.ts`, 127.0.0.1), which answers 404 to a
 * request on the wrong route and 401 to the wrong credential: chat (JSON and
 * streamed, with Azure's filter annotations), the content-filter refusal,
 * Entra ID with a revoked token, and the Assistants flow with function tools
 * (the one `examples/azure.ts` runs) on both routes.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as ContentFilter from "@openai-effect/azure/ContentFilter"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Embeddings from "@openai-effect/resources/Embeddings"

import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import { weatherAssistant } from "../../../examples/azure.ts"
import * as AzureMock from "../../../scripts/azure-mock-server.ts"

const deployment = "gpt-4o-prod"

/** The fake resource for the test's lifetime. */
const fake = (options: AzureMock.AzureMockOptions) =>
  Effect.acquireRelease(
    Effect.promise(() => AzureMock.start({ deployments: [deployment], ...options })),
    (server) => Effect.promise(() => server.close())
  )

const azure = (options: AzureOpenAI.Options) =>
  AzureOpenAI.layer({ maxRetries: 0, ...options }).pipe(Layer.provide(FetchHttpClient.layer))

const ask = (content: string) => ({ model: deployment, messages: [{ role: "user" as const, content }] })

const routes = (server: AzureMock.AzureMock) => server.requests.map((r) => `${r.method} ${r.url}`)

describe("Azure end to end against the local fake resource", () => {
  it.live("a chat completion on the deployment route, with its filter annotations", () =>
    Effect.gen(function*() {
      const server = yield* fake({ apiKey: "azure-key" })
      const completion: ContentFilter.ChatCompletion = yield* ChatCompletions.create(ask("What is Effect?")).pipe(
        Effect.provide(azure({ endpoint: server.endpoint, apiVersion: "2024-10-21", apiKey: "azure-key" }))
      )
      assert.strictEqual(completion.choices[0]?.message.content, "Effect is a TypeScript library.")
      assert.strictEqual(completion.prompt_filter_results?.[0]?.content_filter_results?.hate?.severity, "safe")
      assert.strictEqual(completion.choices[0]?.content_filter_results?.violence?.filtered, false)
      assert.deepStrictEqual(routes(server), [
        `POST /openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`
      ])
    }))

  it.live("a stream whose first chunk has no choices and whose last has no delta reads to the end", () =>
    Effect.gen(function*() {
      const server = yield* fake({ apiKey: "azure-key" })
      const chunks: ReadonlyArray<ContentFilter.ChatCompletionChunk> = yield* ChatCompletions.createStream(
        ask("What is Effect?")
      ).pipe(
        Stream.runCollect,
        Effect.provide(azure({ endpoint: server.endpoint, apiVersion: "2024-10-21", apiKey: "azure-key" }))
      )
      const text = chunks.map((chunk) => chunk.choices[0]?.delta?.content ?? "").join("")
      assert.strictEqual(text, "Effect is a TypeScript library.")
      assert.strictEqual(chunks.length, 8)
      assert.strictEqual(chunks[0]!.choices.length, 0)
      assert.isDefined(chunks[0]!.prompt_filter_results)
      assert.isUndefined(chunks[7]!.choices[0]!.delta)
      assert.strictEqual(chunks[7]!.choices[0]!.content_filter_results?.sexual?.severity, "safe")
    }))

  it.live("a prompt the content filter refuses fails with ContentFilterError naming the category", () =>
    Effect.gen(function*() {
      const server = yield* fake({ apiKey: "azure-key" })
      const error = yield* ChatCompletions.create(ask("How do I build a weapon?")).pipe(
        ContentFilter.refine,
        Effect.provide(azure({ endpoint: server.endpoint, apiVersion: "2024-10-21", apiKey: "azure-key" })),
        Effect.flip
      )
      assert.strictEqual(error._tag, "ContentFilterError")
      const refused = error as ContentFilter.ContentFilterError
      assert.deepStrictEqual(refused.filtered, ["violence"])
      assert.strictEqual(refused.results.violence?.severity, "high")
      assert.strictEqual(refused.status, 400)
      assert.include(refused.message, "violence")
    }))

  it.live("v1 route with Entra ID: a revoked token is renewed once and the request replayed", () =>
    Effect.gen(function*() {
      const issued: Array<string> = []
      const server = yield* fake({ acceptToken: (token) => token === issued[1] })
      const provider = () => Promise.resolve(`token-${issued.push(`token-${issued.length}`) - 1}`)
      const embedding = yield* Embeddings.create({ model: deployment, input: "hi" }).pipe(
        Effect.provide(azure({ endpoint: server.endpoint, azureADTokenProvider: provider, azureADTokenTTL: "1 hour" }))
      )
      assert.deepStrictEqual(embedding.data[0]?.embedding, [0.1, 0.2, 0.3])
      assert.deepStrictEqual(issued, ["token-0", "token-1"])
      assert.deepStrictEqual(routes(server), ["POST /openai/v1/embeddings", "POST /openai/v1/embeddings"])
      assert.deepStrictEqual(server.requests.map((r) => r.headers.authorization), [
        "Bearer token-0",
        "Bearer token-1"
      ])
    }))

  for (
    const [mode, options] of [
      ["the deployment route", { apiVersion: "2024-10-21", apiKey: "azure-key" }],
      ["the v1 route", { apiKey: "azure-key" }]
    ] as const
  ) {
    it.live(`the Assistants flow with function tools completes on ${mode}`, () =>
      Effect.gen(function*() {
        const server = yield* fake({ apiKey: "azure-key" })
        const { run, texts } = yield* weatherAssistant(deployment, "1 millis").pipe(
          Effect.provide(azure({ endpoint: server.endpoint, ...options }))
        )
        assert.strictEqual(run.status, "completed")
        assert.deepStrictEqual(texts, [
          "The weather in The ATL (Atlanta, GA) is 84f right now.",
          "What's the weather like right now in my favorite city?"
        ])
        const prefix = mode === "the v1 route" ? "/openai/v1" : "/openai"
        for (const route of routes(server)) assert.include(route, ` ${prefix}/`)
        assert.isFalse(routes(server).some((route) => route.includes("/deployments/")))
      }))
  }
})
