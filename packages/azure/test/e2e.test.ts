/**
 * End to end over `fetch` against the local fake Azure resource
 * (`scripts/azure-mock-server.ts`, 127.0.0.1), which answers 404 to a
 * request on the wrong route and 401 to the wrong credential: chat (JSON and
 * streamed, with Azure's filter annotations), the content-filter refusal,
 * Entra ID with a revoked token, and the Assistants flow with function tools.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as ContentFilter from "@openai-effect/azure/ContentFilter"
import type * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Assistants from "@openai-effect/resources/Assistants"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Threads from "@openai-effect/resources/Threads"
import * as ThreadsMessages from "@openai-effect/resources/ThreadsMessages"
import * as ThreadsRuns from "@openai-effect/resources/ThreadsRuns"
import type { AssistantToolsFunction } from "@openai-effect/resources/types/AssistantToolsFunction"

import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
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

const tool = (name: string, properties: Record<string, unknown>, required: ReadonlyArray<string> = []) =>
  ({
    type: "function",
    function: { name, parameters: { type: "object", properties, required } }
  }) satisfies AssistantToolsFunction

const tools = [
  tool("getUserFavoriteCity", {}),
  tool("getCityNickname", { city: { type: "string" } }, ["city"]),
  tool(
    "getWeatherAtLocation",
    { location: { type: "string" }, temperatureUnit: { type: "string", enum: ["f", "c"] } },
    [
      "location"
    ]
  )
]

const handlers: Record<string, (args: Record<string, string>) => string> = {
  getUserFavoriteCity: () => "Atlanta, GA",
  getCityNickname: ({ city }) => (city === "Atlanta, GA" ? "The ATL" : "Unknown"),
  getWeatherAtLocation: ({ location, temperatureUnit }) =>
    location === "Atlanta, GA" ? (temperatureUnit === "c" ? "26c" : "84f") : "Unknown"
}

/** Polls the run, answering its tool calls, until it stops needing anything. */
const complete = (run: ThreadsRuns.Run): Effect.Effect<ThreadsRuns.Run, unknown, OpenAIClient.OpenAIClient> => {
  if (run.status === "queued" || run.status === "in_progress") {
    return Effect.flatMap(ThreadsRuns.retrieve(run.id, { thread_id: run.thread_id }), complete)
  }
  if (run.status === "requires_action" && run.required_action?.type === "submit_tool_outputs") {
    const tool_outputs = run.required_action.submit_tool_outputs.tool_calls.map((call) => ({
      tool_call_id: call.id,
      output: handlers[call.function.name]!(JSON.parse(call.function.arguments) as Record<string, string>)
    }))
    return Effect.flatMap(
      ThreadsRuns.submitToolOutputs(run.id, { thread_id: run.thread_id, tool_outputs }),
      complete
    )
  }
  return Effect.succeed(run)
}

const assistantsFlow = Effect.gen(function*() {
  const assistant = yield* Assistants.create({
    model: deployment,
    name: "Weather bot",
    instructions: "Use the provided functions to answer questions about the weather.",
    tools
  })
  const thread = yield* Threads.create()
  yield* ThreadsMessages.create(thread.id, {
    role: "user",
    content: "What's the weather like right now in my favorite city?"
  })
  const run = yield* complete(yield* ThreadsRuns.create(thread.id, { assistant_id: assistant.id }))
  const messages = yield* Stream.runCollect(ThreadsMessages.list(thread.id, { order: "desc" }))
  return { run, messages }
})

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
        const { messages, run } = yield* assistantsFlow.pipe(
          Effect.provide(azure({ endpoint: server.endpoint, ...options }))
        )
        assert.strictEqual(run.status, "completed")
        const texts = messages.map((m) => m.content[0]?.type === "text" ? m.content[0].text.value : "")
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
