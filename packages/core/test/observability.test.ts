import { assert, describe, it } from "@effect/vitest"
import type * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Operation from "@openai-effect/core/Operation"
import * as Effect from "effect/Effect"
import * as Logger from "effect/Logger"
import * as Schedule from "effect/Schedule"
import * as Tracer from "effect/Tracer"
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

/** Runs `create` against `answers`, collecting the log lines the program's logger sees. */
const withLogs = (answers: ReadonlyArray<TestHttp.Answer>, options: OpenAIClient.Options) =>
  Effect.gen(function*() {
    const lines: Array<{ level: string; text: string }> = []
    const logger = Logger.make(({ logLevel, message }) => {
      lines.push({ level: logLevel, text: JSON.stringify(message) })
    })
    const script = TestHttp.scripted(answers)
    yield* create.pipe(
      Effect.provide(TestHttp.client(script, options)),
      Effect.provide(Logger.layer([logger])),
      Effect.ignore
    )
    return lines
  })

describe("tracing", () => {
  it.effect("each call runs in a span named after the operation, with GenAI attributes", () =>
    Effect.gen(function*() {
      const spans: Array<Tracer.NativeSpan> = []
      const tracer = Tracer.make({
        span(options) {
          const span = new Tracer.NativeSpan(options)
          spans.push(span)
          return span
        }
      })
      const script = TestHttp.scripted([TestHttp.json(200, completion)])
      yield* create.pipe(Effect.provide(TestHttp.client(script)), Effect.provideService(Tracer.Tracer, tracer))
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
})

describe("logging", () => {
  it.effect("logLevel off logs nothing, even on a retry", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.status(500), TestHttp.json(200, completion)], { logLevel: "off" })
      assert.deepStrictEqual(lines, [])
    }))

  it.effect("logLevel info logs each retry, not each request", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.status(500), TestHttp.json(200, completion)], { logLevel: "info" })
      assert.strictEqual(lines.length, 1)
      assert.strictEqual(lines[0]!.level, "Info")
      assert.include(lines[0]!.text, "retrying")
    }))

  it.effect("logLevel debug logs every request with the credentials redacted", () =>
    Effect.gen(function*() {
      const lines = yield* withLogs([TestHttp.json(200, completion)], { logLevel: "debug" })
      const requests = lines.filter((l) => l.text.includes("OpenAI request"))
      assert.strictEqual(requests.length, 1)
      assert.include(requests[0]!.text, "<redacted>")
      assert.notInclude(requests[0]!.text, "sk-test")
    }))
})
