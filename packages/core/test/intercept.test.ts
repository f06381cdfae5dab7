/**
 * The hook integrations (Azure, a gateway) route and authenticate through:
 * what `transformRequest` and an `Intercept` see of the call, and
 * `Operation.model`.
 */
import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Operation from "@openai-effect/core/Operation"
import * as Uploadable from "@openai-effect/core/Uploadable"
import * as Effect from "effect/Effect"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Layer from "effect/Layer"
import * as Stream from "effect/Stream"
import * as TestHttp from "./utils/TestHttp.ts"

const ok = TestHttp.json(200, { id: "x" })

const retrieve = Operation.json({
  operationId: "retrieveFile",
  method: "GET",
  path: Operation.path`/files/${"file 1"}`
})

describe("intercept", () => {
  it.effect("transformRequest sees the operation's id, method and path, and its request is sent", () =>
    Effect.gen(function*() {
      const seen: Array<OpenAIClient.RequestContext> = []
      const script = TestHttp.scripted([ok])
      yield* retrieve.pipe(
        Effect.provide(TestHttp.client(script, {
          transformRequest: (request, context) => {
            seen.push({ operationId: context.operationId, method: context.method, path: context.path })
            return Effect.succeed(HttpClientRequest.setHeader(request, "x-gateway", "1"))
          }
        }))
      )
      assert.deepStrictEqual(seen, [{ operationId: "retrieveFile", method: "GET", path: "/files/file%201" }])
      assert.strictEqual(script.requests[0]!.headers["x-gateway"], "1")
    }))

  it.effect("an intercept sends each attempt itself and may send it twice", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([TestHttp.status(401), ok])
      const intercept: OpenAIClient.Intercept = (request, _context, send) =>
        Effect.catchTag(send(request), "AuthenticationError", () => send(request))
      const layer = Layer.effect(
        OpenAIClient.OpenAIClient,
        Effect.map(OpenAIClient.make({ maxRetries: 0 }), (service) => ({
          ...service,
          settings: { ...service.settings, baseURL: "http://127.0.0.1:1/v1", intercept }
        }))
      ).pipe(Layer.provide(script.layer))
      const result = yield* Effect.provide(retrieve, layer)
      assert.deepStrictEqual(result, { id: "x" })
      assert.strictEqual(script.requests.length, 2)
    }))
})

describe("Operation.model", () => {
  it("reads a JSON body's model, the call's extra body fields first", () => {
    const spec = { body: { model: "gpt-4o", input: "hi" } }
    assert.strictEqual(Operation.model(spec), "gpt-4o")
    assert.strictEqual(Operation.model(spec, { body: { model: "gpt-4o-eu" } }), "gpt-4o-eu")
    assert.strictEqual(Operation.model({ body: { input: "hi" } }), undefined)
    assert.strictEqual(Operation.model({}), undefined)
  })

  it.effect("reads a multipart form's model without reading its streamed file", () =>
    Effect.gen(function*() {
      let pulled = 0
      const file = Uploadable.toFile(
        Stream.fromEffect(Effect.sync(() => (pulled++, new Uint8Array([1])))),
        "a.wav"
      )
      assert.strictEqual(Operation.model({ body: Operation.multipart({ file, model: "whisper-1" }) }), "whisper-1")
      assert.strictEqual(pulled, 0)
    }))
})
