import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as OpenAILanguageModel from "@openai-effect/helpers/OpenAILanguageModel"
import * as OpenAITool from "@openai-effect/helpers/OpenAITool"
import type * as AiError from "effect/ai/AiError"
import * as Chat from "effect/ai/Chat"
import * as LanguageModel from "effect/ai/LanguageModel"
import * as Model from "effect/ai/Model"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Layer from "effect/Layer"
import * as Schedule from "effect/Schedule"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import * as Fault from "../../core/test/utils/FaultServer.ts"
import * as RecordingTracer from "../../core/test/utils/RecordingTracer.ts"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"
import * as F from "./utils/Fixtures.ts"

const model = (server: Fault.FaultServer, options: Partial<OpenAILanguageModel.Options> = {}) =>
  OpenAILanguageModel.layer({ model: "gpt-4o-mini", ...options } as OpenAILanguageModel.Options).pipe(
    Layer.provide(F.client(server))
  )

const GetWeather = Tool.make("get_weather", {
  description: "The weather in a city",
  parameters: Schema.Struct({ city: Schema.String, unit: Schema.optional(Schema.Literals(["C", "F"])) }),
  success: Schema.String
})
const toolkit = Toolkit.make(GetWeather)
const handlers = toolkit.toLayer({ get_weather: ({ city, unit }) => Effect.succeed(`18${unit ?? "C"} in ${city}`) })

describe("OpenAILanguageModel (Responses)", () => {
  it.effect("generateText returns the model's text, usage and finish reason", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([Fault.json(200, F.response([F.message("Hello!")]))])
      const response = yield* LanguageModel.generateText({ prompt: "Say hello" }).pipe(Effect.provide(model(server)))
      assert.strictEqual(response.text, "Hello!")
      assert.strictEqual(response.finishReason, "stop")
      assert.deepStrictEqual(
        [response.usage.inputTokens.total, response.usage.inputTokens.cacheRead, response.usage.outputTokens.total],
        [12, 2, 7]
      )
      assert.strictEqual(server.requests[0]!.url, "/responses")
      assert.deepStrictEqual(F.body(server, 0), {
        model: "gpt-4o-mini",
        input: [{ role: "user", content: [{ type: "input_text", text: "Say hello" }] }]
      })
    }))

  it.effect("config fields travel with every request", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([Fault.json(200, F.response([F.message("ok")]))])
      yield* LanguageModel.generateText({ prompt: "x" }).pipe(
        Effect.provide(model(server, { config: { temperature: 0, max_output_tokens: 100 } }))
      )
      const sent = F.body(server, 0)
      assert.deepStrictEqual([sent.temperature, sent.max_output_tokens], [0, 100])
    }))

  it.effect("the client's options for a region of the program apply to the model's calls in it", () =>
    Effect.gen(function*() {
      // The client itself does not retry (maxRetries: 0); the region's policy does.
      const server = yield* Fault.make([
        Fault.json(500, { error: { message: "boom" } }),
        Fault.json(200, F.response([F.message("ok")]))
      ])
      const response = yield* LanguageModel.generateText({ prompt: "x" }).pipe(
        OpenAIClient.withRetry(Schedule.recurs(1)),
        Effect.provide(model(server))
      )
      assert.strictEqual(response.text, "ok")
      assert.strictEqual(server.requests.length, 2)
    }))

  it.effect("streamText emits each text delta as its event arrives, before the stream ends", () =>
    Effect.gen(function*() {
      // The server sends two deltas and then stalls: nothing after them is needed to see them.
      const server = yield* Fault.make([Fault.sse(F.textEvents(["Hel", "lo"]).slice(0, 3), "stall")])
      const parts = yield* LanguageModel.streamText({ prompt: "Say hello" }).pipe(
        Stream.take(3),
        Stream.runCollect,
        Effect.provide(model(server))
      )
      assert.deepStrictEqual(parts.map((p) => [p.type, "delta" in p ? p.delta : undefined]), [
        ["text-start", undefined],
        ["text-delta", "Hel"],
        ["text-delta", "lo"]
      ])
    }))

  it.effect("streamText emits reasoning summary deltas as one reasoning block per item", () =>
    Effect.gen(function*() {
      const reasoning = { type: "reasoning", id: "rs_1", summary: [], encrypted_content: "enc" }
      const delta = (summary_index: number, delta: string) =>
        F.event("response.reasoning_summary_text.delta", { item_id: "rs_1", output_index: 0, summary_index, delta })
      const server = yield* Fault.make([
        Fault.sse([
          F.event("response.output_item.added", { output_index: 0, item: reasoning }),
          F.event("response.reasoning_summary_part.added", { item_id: "rs_1", output_index: 0, summary_index: 0 }),
          delta(0, "First"),
          F.event("response.reasoning_summary_part.added", { item_id: "rs_1", output_index: 0, summary_index: 1 }),
          delta(1, "Second"),
          F.event("response.output_item.done", { output_index: 0, item: reasoning }),
          F.event("response.completed", { response: F.response([]) })
        ])
      ])
      const parts = yield* LanguageModel.streamText({ prompt: "Think" }).pipe(
        Stream.runCollect,
        Effect.provide(model(server))
      )
      assert.deepStrictEqual(
        parts.filter((p) => p.type.startsWith("reasoning")).map((p) => [p.type, "delta" in p ? p.delta : undefined]),
        [
          ["reasoning-start", undefined],
          ["reasoning-delta", "First"],
          ["reasoning-delta", "\n\n"],
          ["reasoning-delta", "Second"],
          ["reasoning-end", undefined]
        ]
      )
      const end = parts.find((p) => p.type === "reasoning-end")!
      assert.deepStrictEqual(end.metadata, { openai: { itemId: "rs_1", encryptedContent: "enc" } })
    }))

  it.effect("streamText with a Toolkit streams the call's parameters, runs the tool and finishes with usage", () =>
    Effect.gen(function*() {
      const call = F.functionCall("get_weather", `{"city":"Paris","unit":null}`)
      const server = yield* Fault.make([
        Fault.sse([
          F.event("response.created", { response: F.response([], { status: "in_progress", usage: null }) }),
          F.event("response.output_item.added", { output_index: 0, item: { ...call, arguments: "" } }),
          F.event("response.function_call_arguments.delta", { item_id: call.id, output_index: 0, delta: `{"city":` }),
          F.event("response.function_call_arguments.delta", {
            item_id: call.id,
            output_index: 0,
            delta: `"Paris","unit":null}`
          }),
          F.event("response.output_item.done", { output_index: 0, item: call }),
          F.event("response.completed", { response: F.response([call]) })
        ])
      ])
      const parts = yield* LanguageModel.streamText({ prompt: "Weather in Paris?", toolkit }).pipe(
        Stream.runCollect,
        Effect.provide(model(server)),
        Effect.provide(handlers)
      )
      assert.deepStrictEqual(parts.map((p) => p.type), [
        "response-metadata",
        "tool-params-start",
        "tool-params-delta",
        "tool-params-delta",
        "tool-params-end",
        "tool-call",
        "tool-result",
        "finish"
      ])
      const toolCall = parts.find((p) => p.type === "tool-call")!
      // The strict form's `null` for the optional unit comes back as an absent field.
      assert.deepStrictEqual(toolCall.params, { city: "Paris" })
      const result = parts.find((p) => p.type === "tool-result")!
      assert.strictEqual(result.result, "18C in Paris")
      const finish = parts.find((p) => p.type === "finish")!
      assert.deepStrictEqual([finish.reason, finish.usage.outputTokens.total], ["tool-calls", 7])
      const sent = F.body(server, 0)
      assert.strictEqual(sent.stream, true)
      assert.deepStrictEqual(sent.tools, [{
        type: "function",
        name: "get_weather",
        description: "The weather in a city",
        strict: true,
        parameters: {
          type: "object",
          properties: {
            city: { type: "string" },
            unit: { anyOf: [{ type: "string", enum: ["C"] }, { type: "string", enum: ["F"] }, { type: "null" }] }
          },
          required: ["city", "unit"],
          additionalProperties: false
        }
      }])
    }))

  it.effect("a tool loop through Chat sends the call and its result back, then gets the answer", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([
        Fault.json(200, F.response([F.functionCall("get_weather", `{"city":"Paris","unit":"C"}`)])),
        Fault.json(200, F.response([F.message("It is 18C in Paris.")], { id: "resp_2" }))
      ])
      const text = yield* Effect.gen(function*() {
        const chat = yield* Chat.empty
        let response = yield* chat.generateText({ prompt: "Weather in Paris?", toolkit })
        while (response.finishReason === "tool-calls") response = yield* chat.generateText({ prompt: [], toolkit })
        return response.text
      }).pipe(Effect.provide(model(server)), Effect.provide(handlers))
      assert.strictEqual(text, "It is 18C in Paris.")
      assert.strictEqual(server.requests.length, 2)
      assert.deepStrictEqual(F.body(server, 1).input, [
        { role: "user", content: [{ type: "input_text", text: "Weather in Paris?" }] },
        { type: "function_call", call_id: "call_1", name: "get_weather", arguments: `{"city":"Paris","unit":"C"}` },
        { type: "function_call_output", call_id: "call_1", output: "18C in Paris" }
      ])
    }))

  it.effect("generateObject sends a strict JSON Schema and decodes the answer with the Schema", () =>
    Effect.gen(function*() {
      const Person = Schema.Struct({ name: Schema.String, age: Schema.optional(Schema.Finite) })
      const server = yield* Fault.make([Fault.json(200, F.response([F.message(`{"name":"Ada","age":null}`)]))])
      const response = yield* LanguageModel.generateObject({ prompt: "Who?", schema: Person, objectName: "person" })
        .pipe(Effect.provide(model(server)))
      assert.deepStrictEqual(response.value, { name: "Ada" })
      assert.deepStrictEqual(F.body(server, 0).text, {
        format: {
          type: "json_schema",
          name: "person",
          strict: true,
          schema: {
            type: "object",
            properties: { name: { type: "string" }, age: { anyOf: [{ type: "number" }, { type: "null" }] } },
            required: ["name", "age"],
            additionalProperties: false
          }
        }
      })
    }))

  it.effect("a schema strict mode cannot express fails with a typed error naming its path, before any request", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([])
      const Loose = Tool.make("loose", { parameters: Schema.Struct({ payload: Schema.Unknown }) })
      const error = yield* LanguageModel.generateText({ prompt: "x", toolkit: Toolkit.make(Loose) }).pipe(
        Effect.provide(model(server)),
        Effect.provide(Toolkit.make(Loose).toLayer({ loose: () => Effect.void })),
        Effect.flip
      )
      assert.strictEqual(error.reason._tag, "ToolConfigurationError")
      assert.include(error.message, "at payload")
      assert.strictEqual(server.requests.length, 0)
    }))

  it.effect("a refusal is the finish reason content-filter, with the refusal in the part's metadata", () =>
    Effect.gen(function*() {
      const refusal = {
        type: "message",
        id: "msg_1",
        role: "assistant",
        status: "completed",
        content: [{ type: "refusal", refusal: "I can't help with that." }]
      }
      const server = yield* Fault.make([Fault.json(200, F.response([refusal]))])
      const response = yield* LanguageModel.generateText({ prompt: "Something bad" }).pipe(
        Effect.provide(model(server))
      )
      assert.strictEqual(response.finishReason, "content-filter")
      assert.strictEqual(response.text, "")
      const part = response.content.find((p) => p.type === "text")!
      assert.deepStrictEqual(part.metadata, { openai: { itemId: "msg_1", refusal: "I can't help with that." } })
    }))

  it.effect("a streamed refusal is the finish reason content-filter", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([
        Fault.sse([
          F.event("response.output_item.added", {
            output_index: 0,
            item: { type: "message", id: "msg_1", role: "assistant", status: "in_progress", content: [] }
          }),
          F.event("response.refusal.delta", { item_id: "msg_1", output_index: 0, content_index: 0, delta: "No." }),
          F.event("response.output_item.done", {
            output_index: 0,
            item: { type: "message", id: "msg_1", role: "assistant", status: "completed", content: [] }
          }),
          F.event("response.completed", { response: F.response([]) })
        ])
      ])
      const parts = yield* LanguageModel.streamText({ prompt: "Something bad" }).pipe(
        Stream.runCollect,
        Effect.provide(model(server))
      )
      const finish = parts.find((p) => p.type === "finish")!
      assert.strictEqual(finish.reason, "content-filter")
      const end = parts.find((p) => p.type === "text-end")!
      assert.deepStrictEqual(end.metadata, { openai: { itemId: "msg_1", refusal: "No." } })
    }))

  it.effect("a rate limit the client may not wait for fails with a retryable AiError carrying retryAfter", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([
        Fault.json(
          429,
          { error: { message: "Slow down", type: "requests", code: "rate_limit_exceeded", param: null } },
          {
            "retry-after": "20",
            "x-request-id": "req_429"
          }
        )
      ])
      const error = yield* LanguageModel.generateText({ prompt: "x" }).pipe(Effect.provide(model(server)), Effect.flip)
      assert.strictEqual(error.reason._tag, "RateLimitError")
      assert.strictEqual(error.isRetryable, true)
      assert.strictEqual(Duration.toMillis(error.retryAfter!), 20_000)
      assert.deepStrictEqual((error.reason as AiError.RateLimitError).metadata, {
        openai: {
          error: "RateLimitError",
          request: "POST /responses",
          requestId: "req_429",
          status: 429,
          code: "rate_limit_exceeded",
          type: "requests"
        }
      })
    }))

  it.effect("a rate-limited call is retried by the client after retry-after-ms, then answers", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([
        TestHttp.status(429, { "retry-after-ms": "1500" }),
        TestHttp.json(200, F.response([F.message("Hello!")]))
      ])
      const { counts, exit } = yield* TestHttp.timeline(
        script,
        LanguageModel.generateText({ prompt: "x" }).pipe(
          Effect.map((response) => response.text),
          Effect.provide(OpenAILanguageModel.layer({ model: "gpt-4o-mini" }))
        ),
        ["1499 millis", "1 millis"]
      )
      assert.deepStrictEqual(counts, [1, 1, 2])
      assert.strictEqual(yield* exit, "Hello!")
    }))

  it.effect("the LanguageModel span carries GenAI request and response attributes", () =>
    Effect.gen(function*() {
      const { spans, tracer } = RecordingTracer.make()
      const server = yield* Fault.make([Fault.json(200, F.response([F.message("Hi")]))])
      yield* LanguageModel.generateText({ prompt: "x" }).pipe(
        Effect.provide(model(server, { config: { temperature: 0.5 } })),
        Effect.provideService(Tracer.Tracer, tracer)
      )
      const span = spans.find((s) => s.name === "LanguageModel.generateText")!
      const attributes = Object.fromEntries(span.attributes)
      assert.deepStrictEqual(
        [
          "gen_ai.provider.name",
          "gen_ai.operation.name",
          "gen_ai.request.model",
          "gen_ai.request.temperature",
          "gen_ai.response.id",
          "gen_ai.response.model",
          "gen_ai.response.finish_reasons",
          "gen_ai.usage.input_tokens",
          "gen_ai.usage.output_tokens"
        ].map((key) => attributes[key]),
        ["openai", "chat", "gpt-4o-mini", 0.5, "resp_1", "gpt-4o-mini-2024-07-18", ["stop"], 12, 7]
      )
      // The client's own span for the HTTP call is a child of the LanguageModel span.
      const call = spans.find((s) => s.name === "createResponse")!
      assert.strictEqual(call.parent._tag === "Some" ? call.parent.value : undefined, span)
    }))

  it.effect("a bad request fails with a non-retryable InvalidRequestError naming the parameter", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([
        Fault.json(400, {
          error: { message: "Unknown model", type: "invalid_request_error", code: null, param: "model" }
        })
      ])
      const error = yield* LanguageModel.generateText({ prompt: "x" }).pipe(Effect.provide(model(server)), Effect.flip)
      assert.strictEqual(error.reason._tag, "InvalidRequestError")
      assert.strictEqual(error.isRetryable, false)
      assert.strictEqual((error.reason as { readonly parameter?: string }).parameter, "model")
    }))

  it.effect("a failed response in a stream fails with an AiError", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([
        Fault.sse([
          ...F.textEvents(["partial"]),
          F.event("response.failed", {
            response: F.response([], { status: "failed", error: { code: "server_error", message: "boom" } })
          })
        ])
      ])
      const error = yield* LanguageModel.streamText({ prompt: "x" }).pipe(
        Stream.runCollect,
        Effect.provide(model(server)),
        Effect.flip
      )
      assert.strictEqual(error.reason._tag, "InternalProviderError")
      assert.strictEqual(error.isRetryable, true)
    }))

  it.effect("a built-in tool is declared by its type and comes back as a provider-executed call and result", () =>
    Effect.gen(function*() {
      const search = {
        type: "web_search_call",
        id: "ws_1",
        status: "completed",
        action: { type: "search", query: "effect 4" }
      }
      const server = yield* Fault.make([Fault.json(200, F.response([search, F.message("Effect 4 is out.")]))])
      const response = yield* LanguageModel.generateText({
        prompt: "News about Effect?",
        toolkit: Toolkit.make(OpenAITool.WebSearch({ search_context_size: "low" }))
      }).pipe(Effect.provide(model(server)))
      assert.deepStrictEqual(F.body(server, 0).tools, [{ type: "web_search", search_context_size: "low" }])
      assert.deepStrictEqual(
        response.content.filter((p) => p.type === "tool-call" || p.type === "tool-result").map((p) => [
          p.type,
          p.name,
          p.providerExecuted
        ]),
        [["tool-call", "OpenAIWebSearch", true], ["tool-result", "OpenAIWebSearch", true]]
      )
      assert.strictEqual(response.text, "Effect 4 is out.")
    }))

  it.effect("reasoning comes back as a reasoning part and goes back as its item", () =>
    Effect.gen(function*() {
      const reasoning = {
        type: "reasoning",
        id: "rs_1",
        summary: [{ type: "summary_text", text: "Thinking." }],
        encrypted_content: "enc"
      }
      const server = yield* Fault.make([
        Fault.json(200, F.response([reasoning, F.message("42")])),
        Fault.json(200, F.response([F.message("yes")]))
      ])
      yield* Effect.gen(function*() {
        const chat = yield* Chat.empty
        const first = yield* chat.generateText({ prompt: "Answer?" })
        assert.strictEqual(first.reasoningText, "Thinking.")
        yield* chat.generateText({ prompt: "Sure?" })
      }).pipe(Effect.provide(model(server)))
      assert.deepStrictEqual(F.body(server, 1).input.slice(1, 3), [
        {
          type: "reasoning",
          id: "rs_1",
          summary: [{ type: "summary_text", text: "Thinking." }],
          encrypted_content: "enc"
        },
        { role: "assistant", content: "42" }
      ])
    }))
})

const chunk = (delta: Record<string, unknown>, finish: string | null = null, extra: Record<string, unknown> = {}) => ({
  id: "chatcmpl-1",
  object: "chat.completion.chunk",
  created: 1764504000,
  model: "gpt-4o-mini-2024-07-18",
  choices: [{ index: 0, delta, finish_reason: finish }],
  ...extra
})

describe("OpenAILanguageModel.model", () => {
  it.effect("is an effect/ai Model: the language model, named by provider and model", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([Fault.json(200, F.response([F.message("Hi")]))])
      const [text, provider, name] = yield* Effect.all([
        Effect.map(LanguageModel.generateText({ prompt: "x" }), (r) => r.text),
        Effect.service(Model.ProviderName),
        Effect.service(Model.ModelName)
      ]).pipe(
        Effect.provide(OpenAILanguageModel.model("gpt-4o-mini", { config: { temperature: 0 } })),
        Effect.provide(F.client(server))
      )
      assert.deepStrictEqual([text, provider, name], ["Hi", "openai", "gpt-4o-mini"])
      assert.deepStrictEqual([F.body(server, 0).model, F.body(server, 0).temperature], ["gpt-4o-mini", 0])
    }))
})

describe("OpenAILanguageModel (Chat Completions)", () => {
  it.effect("works through a client that rewrites each request, as the azure layer does", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([Fault.json(200, F.completion("Hello from a deployment"))])
      // What an Azure client does to each request: a deployment route, an api-version, an api-key header.
      const azureLike = OpenAIClient.layer({
        baseURL: server.url,
        maxRetries: 0,
        transformRequest: (request) =>
          Effect.succeed(
            request.pipe(
              HttpClientRequest.updateUrl((url) => url.replace("/chat/", "/openai/deployments/gpt-4o-mini/chat/")),
              HttpClientRequest.setUrlParam("api-version", "2024-10-21"),
              HttpClientRequest.setHeader("api-key", "azure-key")
            )
          )
      }).pipe(Layer.provide(FetchHttpClient.layer))
      const response = yield* LanguageModel.generateText({ prompt: "Hi" }).pipe(
        Effect.provide(OpenAILanguageModel.layer({ model: "gpt-4o-mini", api: "chat" })),
        Effect.provide(azureLike)
      )
      assert.strictEqual(response.text, "Hello from a deployment")
      assert.strictEqual(
        server.requests[0]!.url,
        "/openai/deployments/gpt-4o-mini/chat/completions?api-version=2024-10-21"
      )
      assert.strictEqual(server.requests[0]!.headers["api-key"], "azure-key")
    }))

  it.effect("streamText emits text deltas, a streamed tool call, its result, and the finish with usage", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([
        Fault.sse([
          Fault.event(chunk({ role: "assistant", content: "Let me " })),
          Fault.event(chunk({ content: "check." })),
          Fault.event(chunk({
            tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "get_weather", arguments: "" } }]
          })),
          Fault.event(chunk({ tool_calls: [{ index: 0, function: { arguments: `{"city":"Paris",` } }] })),
          Fault.event(chunk({ tool_calls: [{ index: 0, function: { arguments: `"unit":null}` } }] })),
          Fault.event(chunk({}, "tool_calls")),
          Fault.event({
            ...chunk({}),
            choices: [],
            usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 }
          }),
          "data: [DONE]\n\n"
        ])
      ])
      const parts = yield* LanguageModel.streamText({ prompt: "Weather in Paris?", toolkit }).pipe(
        Stream.runCollect,
        Effect.provide(model(server, { api: "chat" })),
        Effect.provide(handlers)
      )
      assert.deepStrictEqual(parts.map((p) => p.type), [
        "response-metadata",
        "text-start",
        "text-delta",
        "text-delta",
        "tool-params-start",
        "tool-params-delta",
        "tool-params-delta",
        "text-end",
        "tool-params-end",
        "tool-call",
        "tool-result",
        "finish"
      ])
      assert.deepStrictEqual(parts.find((p) => p.type === "tool-call")!.params, { city: "Paris" })
      assert.strictEqual(parts.find((p) => p.type === "tool-result")!.result, "18C in Paris")
      const finish = parts.find((p) => p.type === "finish")!
      assert.deepStrictEqual([finish.reason, finish.usage.inputTokens.total], ["tool-calls", 12])
      const sent = F.body(server, 0)
      assert.deepStrictEqual([sent.stream, sent.stream_options], [true, { include_usage: true }])
      assert.deepStrictEqual(sent.tools[0].function.name, "get_weather")
    }))

  it.effect("a built-in tool is refused with a typed error before any request", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([])
      const error = yield* LanguageModel.generateText({
        prompt: "x",
        toolkit: Toolkit.make(OpenAITool.WebSearch({}))
      }).pipe(Effect.provide(model(server, { api: "chat" })), Effect.flip)
      assert.strictEqual(error.reason._tag, "InvalidUserInputError")
      assert.strictEqual(server.requests.length, 0)
    }))

  it.effect("generateText returns the model's text, usage and finish reason", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([Fault.json(200, F.completion("Hello!"))])
      const response = yield* LanguageModel.generateText({ prompt: "Say hello" }).pipe(
        Effect.provide(model(server, { api: "chat" }))
      )
      assert.strictEqual(response.text, "Hello!")
      assert.strictEqual(response.finishReason, "stop")
      assert.deepStrictEqual([response.usage.inputTokens.total, response.usage.outputTokens.total], [12, 7])
      assert.strictEqual(server.requests[0]!.url, "/chat/completions")
      assert.deepStrictEqual(F.body(server, 0), {
        model: "gpt-4o-mini",
        messages: [{ role: "user", content: [{ type: "text", text: "Say hello" }] }]
      })
    }))
})
