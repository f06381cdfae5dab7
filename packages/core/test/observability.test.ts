import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Operation from "@openai-effect/core/Operation"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Layer from "effect/Layer"
import * as Logger from "effect/Logger"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as TestClock from "effect/testing/TestClock"
import * as Tracer from "effect/Tracer"
import * as RecordingTracer from "./utils/RecordingTracer.ts"
import * as TestHttp from "./utils/TestHttp.ts"

const completion = {
  id: "chatcmpl-1",
  object: "chat.completion",
  model: "gpt-4o-2024-08-06",
  choices: [],
  usage: { prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 }
}

const create = Operation.json({
  operationId: "createChatCompletion",
  method: "POST",
  path: "/chat/completions",
  body: { model: "gpt-4o", messages: [] }
}, { retry: Schedule.recurs(1) })

/** Runs `create` against `answers` at `level`, collecting the log lines the program's logger sees. */
const withLogs = (answers: ReadonlyArray<TestHttp.Answer>, level: OpenAIClient.LogLevel | undefined) =>
  Effect.gen(function*() {
    const lines: Array<{ level: string; text: string }> = []
    const logger = Logger.make(({ logLevel, message }) => {
      lines.push({ level: logLevel, text: JSON.stringify(message) })
    })
    const script = TestHttp.scripted(answers)
    yield* (level === undefined ? create : create.pipe(OpenAIClient.withLogLevel(level))).pipe(
      Effect.provide(TestHttp.client(script)),
      Effect.provide(Logger.layer([logger])),
      Effect.ignore
    )
    return lines
  })

/** Runs `create` under a tracer that records every span. */
const traced = Effect.gen(function*() {
  const { spans, tracer } = RecordingTracer.make()
  const script = TestHttp.scripted([TestHttp.json(200, completion)])
  yield* create.pipe(Effect.provide(TestHttp.client(script)), Effect.provideService(Tracer.Tracer, tracer))
  return { script, spans }
})

describe("tracing", () => {
  it.effect("each call runs in a span named after the operation, with GenAI attributes", () =>
    Effect.gen(function*() {
      const { spans } = yield* traced
      const span = spans.find((s) => s.name === "createChatCompletion")
      assert.isDefined(span)
      const attributes = Object.fromEntries(span!.attributes)
      assert.strictEqual(attributes["gen_ai.operation.name"], "chat")
      assert.strictEqual(attributes["gen_ai.request.model"], "gpt-4o")
      assert.strictEqual(attributes["gen_ai.response.id"], "chatcmpl-1")
      assert.strictEqual(attributes["gen_ai.response.model"], "gpt-4o-2024-08-06")
      assert.strictEqual(attributes["gen_ai.usage.input_tokens"], 11)
      assert.strictEqual(attributes["gen_ai.usage.output_tokens"], 7)
      assert.strictEqual(span!.kind, "client")
      assert.strictEqual(span!.status._tag, "Ended")
    }))

  it.effect("with a tracer, the transport's span is a child of the call's, and its trace context is sent", () =>
    Effect.gen(function*() {
      const { script, spans } = yield* traced
      const call = spans.find((s) => s.name === "createChatCompletion")!
      const transport = spans.find((s) => s !== call)!
      assert.strictEqual(Option.getOrUndefined(transport.parent), call)
      assert.include(script.requests[0]!.headers.traceparent, call.traceId)
    }))

  it.effect("without a tracer, a call makes no span and sends no trace context", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.json(200, completion)])
      const result = yield* create.pipe(Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(result, completion)
      assert.isUndefined(script.requests[0]!.headers.traceparent)
      assert.isUndefined(script.requests[0]!.headers.b3)
    }))
})

describe("logging", () => {
  it.effect("a client logs nothing by default, even on a retry", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.status(500), TestHttp.json(200, completion)], undefined)
      assert.deepStrictEqual(lines, [])
    }))

  it.effect("withLogLevel off logs nothing, even on a retry", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.status(500), TestHttp.json(200, completion)], "off")
      assert.deepStrictEqual(lines, [])
    }))

  it.effect("withLogLevel info logs each retry, not each request", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.status(500), TestHttp.json(200, completion)], "info")
      assert.strictEqual(lines.length, 1)
      assert.strictEqual(lines[0]!.level, "Info")
      assert.include(lines[0]!.text, "retrying")
    }))

  it.effect("a retry line says the attempt, the delay and the reason, and none follows the last attempt", () =>
    Effect.gen(function*() {
      const lines: Array<ReadonlyArray<unknown>> = []
      const logger = Logger.make(({ message }) => {
        lines.push(message as ReadonlyArray<unknown>)
      })
      const script = TestHttp.scripted([TestHttp.status(500)])
      const call = Operation.json({ operationId: "x", method: "GET", path: "/x" }).pipe(
        OpenAIClient.withLogLevel("info"),
        Effect.provide(Logger.layer([logger]))
      )
      const { counts } = yield* TestHttp.timeline(script, call, ["500 millis", "1 second"])
      assert.deepStrictEqual(counts, [1, 2, 3])
      assert.deepStrictEqual(lines.map(([text]) => text), [
        "OpenAI request failed on attempt 1; retrying in 500ms",
        "OpenAI request failed on attempt 2; retrying in 1s"
      ])
      assert.deepStrictEqual(
        lines.map(([, fields]) => fields),
        [1, 2].map((attempt) => ({
          request: "GET /x",
          attempt,
          delayMillis: attempt * 500,
          reason: "500 status 500 (GET /x)"
        }))
      )
    }))

  it.effect("withLogLevel debug logs each response with its status, latency and request id", () =>
    Effect.gen(function*() {
      const lines: Array<ReadonlyArray<unknown>> = []
      const logger = Logger.make(({ message }) => {
        lines.push(message as ReadonlyArray<unknown>)
      })
      const slow = HttpClient.make((request) =>
        Effect.as(
          Effect.sleep("250 millis"),
          HttpClientResponse.fromWeb(request, new Response("{}", { headers: { "x-request-id": "req_7" } }))
        )
      )
      const fiber = yield* Operation.json({ operationId: "x", method: "GET", path: "/x" }).pipe(
        OpenAIClient.withLogLevel("debug"),
        Effect.provide(
          OpenAIClient.layer({ apiKey: Redacted.make("sk-test"), baseURL: "http://127.0.0.1:1" }).pipe(
            Layer.provide(Layer.succeed(HttpClient.HttpClient, slow))
          )
        ),
        Effect.provide(Logger.layer([logger])),
        Effect.forkChild
      )
      yield* TestClock.adjust("250 millis")
      yield* Fiber.join(fiber)
      const responses = lines.filter(([text]) => text === "OpenAI response")
      assert.deepStrictEqual(responses.map(([, fields]) => fields), [{
        method: "GET",
        url: "http://127.0.0.1:1/x",
        status: 200,
        latencyMillis: 250,
        requestId: "req_7"
      }])
    }))

  it.effect("withLogLevel debug logs every request with the credentials redacted", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.json(200, completion)], "debug")
      const requests = lines.filter((l) => l.text.includes("OpenAI request"))
      assert.strictEqual(requests.length, 1)
      assert.include(requests[0]!.text, "<redacted>")
      assert.notInclude(requests[0]!.text, "sk-test")
    }))

  it.effect("layerConfig logs at the level OPENAI_LOG names", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make(({ message }) => {
        lines.push(JSON.stringify(message))
      })
      const script = TestHttp.scripted([TestHttp.json(200, completion)])
      yield* create.pipe(
        Effect.provide(OpenAIClient.layerConfig().pipe(Layer.provide(script.layer))),
        Effect.provide(
          ConfigProvider.layer(ConfigProvider.fromUnknown({ OPENAI_API_KEY: "sk-test", OPENAI_LOG: "debug" }))
        ),
        Effect.provide(Logger.layer([logger]))
      )
      assert.strictEqual(lines.filter((line) => line.includes("OpenAI request")).length, 1)
    }))

  it.effect("layerLogLevel sets the level for a whole program", () =>
    Effect.gen(function*() {
      const lines: Array<string> = []
      const logger = Logger.make(({ message }) => {
        lines.push(JSON.stringify(message))
      })
      const script = TestHttp.scripted([TestHttp.status(500), TestHttp.json(200, completion)])
      yield* create.pipe(
        Effect.provide(TestHttp.client(script)),
        Effect.provide(Layer.merge(OpenAIClient.layerLogLevel("info"), Logger.layer([logger])))
      )
      assert.strictEqual(lines.length, 1)
      assert.include(lines[0]!, "retrying")
    }))
})
