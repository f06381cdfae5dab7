/**
 * Azure's content-filter refusal as a typed error, and what stays as it was.
 */
import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as ContentFilter from "@openai-effect/azure/ContentFilter"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as AzureMock from "../../../scripts/azure-mock-server.ts"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

const params = { model: "gpt-4o", messages: [{ role: "user" as const, content: "Hi" }] }

const refusal = TestHttp.json(
  400,
  AzureMock.contentFilterRefusal({
    hate: { filtered: false, severity: "safe" },
    jailbreak: { filtered: true, detected: true },
    self_harm: { filtered: false, severity: "safe" },
    sexual: { filtered: false, severity: "safe" },
    violence: { filtered: true, severity: "medium" }
  }),
  { "x-request-id": "req_filtered" }
)

const client = (answers: ReadonlyArray<TestHttp.Answer>) => {
  const script = TestHttp.scripted(answers)
  return AzureOpenAI.layer({ endpoint: "https://res.openai.azure.com", apiVersion: "2024-10-21", apiKey: "k" }).pipe(
    Layer.provide(script.layer)
  )
}

describe("ContentFilter", () => {
  it.effect("a content-filter 400 becomes a ContentFilterError naming the categories that blocked it", () =>
    Effect.gen(function*() {
      const error = yield* ChatCompletions.create(params).pipe(
        ContentFilter.refine,
        Effect.provide(client([refusal])),
        Effect.flip
      )
      assert.strictEqual(error._tag, "ContentFilterError")
      const refused = error as ContentFilter.ContentFilterError
      assert.deepStrictEqual(refused.filtered, ["jailbreak", "violence"])
      assert.strictEqual(refused.results.violence?.severity, "medium")
      assert.strictEqual(refused.requestId, "req_filtered")
      assert.strictEqual(refused.cause._tag, "BadRequestError")
      assert.strictEqual(
        refused.message,
        "Azure's content filter refused the request (jailbreak, violence) (POST /chat/completions, request id req_filtered)"
      )
      assert.deepStrictEqual(refused.toJSON(), {
        _tag: "ContentFilterError",
        request: "POST /chat/completions",
        requestId: "req_filtered",
        filtered: ["jailbreak", "violence"]
      })
    }))

  it.effect("a stream refused before its first chunk fails with ContentFilterError", () =>
    Effect.gen(function*() {
      const error = yield* ChatCompletions.createStream(params).pipe(
        ContentFilter.refineStream,
        Stream.runDrain,
        Effect.provide(client([refusal])),
        Effect.flip
      )
      assert.strictEqual(error._tag, "ContentFilterError")
    }))

  it.effect("any other 400 stays a BadRequestError", () =>
    Effect.gen(function*() {
      const error = yield* ChatCompletions.create(params).pipe(
        ContentFilter.refine,
        Effect.provide(client([TestHttp.status(400)])),
        Effect.flip
      )
      assert.strictEqual(error._tag, "BadRequestError")
    }))
})
