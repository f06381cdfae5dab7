import { assert, describe, it } from "@effect/vitest"
import * as OpenAIEmbeddingModel from "@openai-effect/helpers/OpenAIEmbeddingModel"
import * as EmbeddingModel from "effect/ai/EmbeddingModel"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Layer from "effect/Layer"
import * as Fault from "../../core/test/utils/FaultServer.ts"
import * as F from "./utils/Fixtures.ts"

/**
 * Answers each request with one vector per input, `[input length, position]`,
 * listed in reverse order: the model must put them back by `index`.
 */
const embeddings: Fault.Step = (context) => {
  const { input } = JSON.parse(context.recorded.body) as { readonly input: ReadonlyArray<string> }
  const data = input.map((text, index) => ({ object: "embedding", index, embedding: [text.length, index] })).reverse()
  Fault.json(200, {
    object: "list",
    data,
    model: "text-embedding-3-small",
    usage: { prompt_tokens: input.length, total_tokens: input.length }
  })(context)
}

const embedMany = (inputs: ReadonlyArray<string>) =>
  Effect.flatMap(Effect.service(EmbeddingModel.EmbeddingModel), (model) => model.embedMany(inputs))
const embed = (input: string) =>
  Effect.flatMap(Effect.service(EmbeddingModel.EmbeddingModel), (model) => model.embed(input))

const model = (server: Fault.FaultServer, options: Partial<OpenAIEmbeddingModel.Options> = {}) =>
  OpenAIEmbeddingModel.layer({ model: "text-embedding-3-small", ...options }).pipe(Layer.provide(F.client(server)))

describe("OpenAIEmbeddingModel", () => {
  it.effect("embedMany splits inputs at the batch size and keeps the vectors in input order", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([embeddings], { repeatLast: true })
      const inputs = ["a", "bb", "ccc", "dddd", "eeeee"]
      const response = yield* embedMany(inputs).pipe(
        Effect.provide(model(server, { batchSize: 2, dimensions: 2 }))
      )
      assert.deepStrictEqual(response.embeddings.map((e) => e.vector), [[1, 0], [2, 1], [3, 0], [4, 1], [5, 0]])
      assert.strictEqual(response.usage.inputTokens, 5)
      const sent = server.requests.map((r) => JSON.parse(r.body)).sort((a, b) => a.input[0].localeCompare(b.input[0]))
      assert.deepStrictEqual(sent, [
        { model: "text-embedding-3-small", input: ["a", "bb"], encoding_format: "float", dimensions: 2 },
        { model: "text-embedding-3-small", input: ["ccc", "dddd"], encoding_format: "float", dimensions: 2 },
        { model: "text-embedding-3-small", input: ["eeeee"], encoding_format: "float", dimensions: 2 }
      ])
    }))

  it.effect("sends up to 2,048 inputs in one request by default", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([embeddings], { repeatLast: true })
      const inputs = Array.from({ length: 2049 }, (_, i) => `text ${i}`)
      const response = yield* embedMany(inputs).pipe(Effect.provide(model(server)))
      assert.deepStrictEqual(server.requests.map((r) => JSON.parse(r.body).input.length).sort(), [1, 2048])
      assert.deepStrictEqual(response.embeddings[2048]!.vector, ["text 2048".length, 0])
    }))

  it.effect("runs at most `concurrency` requests at once", () =>
    Effect.gen(function*() {
      // The first two requests are held until the test lets them go.
      const held: Array<Fault.StepContext> = []
      const hold: Fault.Step = (context) => {
        held.push(context)
      }
      const server = yield* Fault.make([hold, hold, embeddings])
      const fiber = yield* embedMany(["a", "bb", "ccc"]).pipe(
        Effect.provide(model(server, { batchSize: 1, concurrency: 2 })),
        Effect.forkChild
      )
      yield* server.awaitRequests(2)
      yield* Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 200)))
      assert.strictEqual(server.requests.length, 2)
      embeddings(held[0]!)
      yield* server.awaitRequests(3)
      embeddings(held[1]!)
      const response = yield* Fiber.join(fiber)
      assert.deepStrictEqual(response.embeddings.map((e) => e.vector), [[1, 0], [2, 0], [3, 0]])
    }))

  it.effect("embed returns the vector of one input", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([embeddings])
      const response = yield* embed("hello").pipe(Effect.provide(model(server)))
      assert.deepStrictEqual(response.vector, [5, 0])
    }))

  it.effect("concurrent embed calls are sent as one request", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([embeddings], { repeatLast: true })
      const vectors = yield* Effect.forEach(["a", "bb", "ccc"], embed, { concurrency: "unbounded" })
        .pipe(Effect.provide(model(server)))
      assert.deepStrictEqual(vectors.map((v) => v.vector), [[1, 0], [2, 1], [3, 2]])
      assert.strictEqual(server.requests.length, 1)
    }))

  it.effect("a batch size above the API's limit fails with a typed error before any request", () =>
    Effect.gen(function*() {
      const server = yield* Fault.make([embeddings])
      const error = yield* embedMany(["a"]).pipe(
        Effect.provide(model(server, { batchSize: 4096 })),
        Effect.flip
      )
      assert.strictEqual(error.reason._tag, "InvalidUserInputError")
      assert.strictEqual(
        error.message,
        "OpenAIEmbeddingModel.embedMany: Invalid user input: batchSize must be an integer from 1 to 2048, got 4096"
      )
      assert.strictEqual(server.requests.length, 0)
    }))
})
