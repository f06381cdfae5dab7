/**
 * `Embeddings.create`: base64 on the wire unless the caller chose, decoded exactly.
 */
import { assert, describe, it } from "@effect/vitest"
import * as Embeddings from "@openai-effect/resources/Embeddings"
import * as Effect from "effect/Effect"
import * as TestHttp from "../../core/test/utils/TestHttp.ts"

// Edge cases of float32 (signed zero, the smallest subnormal, the largest finite, infinities,
// values that do not round-trip through decimal) and a spread of ordinary ones.
const vector = [
  0,
  -0,
  1e-45,
  -1.1754942106924411e-38,
  3.4028234663852886e38,
  -Infinity,
  Infinity,
  0.1,
  -0.30000001192092896,
  ...Array.from({ length: 1531 }, (_, i) => Math.sin(i * 12.9898) * 43758.5453 % 1)
]

/** The base64 of `values` as little-endian float32, written byte by byte whatever the host. */
const base64 = (values: ReadonlyArray<number>): string => {
  const view = new DataView(new ArrayBuffer(values.length * 4))
  values.forEach((v, i) => view.setFloat32(i * 4, v, true))
  return Buffer.from(view.buffer).toString("base64")
}

const answer = (embedding: unknown) =>
  TestHttp.json(200, {
    object: "list",
    model: "text-embedding-3-small",
    data: [{ object: "embedding", index: 0, embedding }],
    usage: { prompt_tokens: 5, total_tokens: 5 }
  })

const params = { model: "text-embedding-3-small", input: "The food was delicious." }

describe("Embeddings.create", () => {
  it.effect("asks for base64 and gives back the float32 values exactly", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([answer(base64(vector))])
      const response = yield* Embeddings.create(params).pipe(Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(JSON.parse(script.requests[0]!.body!), { ...params, encoding_format: "base64" })
      const got = response.data[0]!.embedding
      assert.strictEqual(got.length, vector.length)
      // What a Float32Array holds for the same values (the host is little-endian here).
      const expected = Array.from(new Float32Array(vector))
      assert.isTrue(got.every((v, i) => Object.is(v, expected[i])))
      assert.isTrue(Object.is(got[1], -0))
    }))

  it.effect("an explicit float format is sent as asked and returned as numbers", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([answer([0.5, -0.25])])
      const response = yield* Embeddings.create({ ...params, encoding_format: "float" }).pipe(
        Effect.provide(TestHttp.client(script))
      )
      assert.strictEqual(JSON.parse(script.requests[0]!.body!).encoding_format, "float")
      assert.deepStrictEqual(response.data[0]!.embedding, [0.5, -0.25])
    }))

  it.effect("an explicit base64 format returns the strings, typed as strings", () =>
    Effect.gen(function*() {
      const encoded = base64([0.5, -0.25])
      const script = TestHttp.scripted([answer(encoded)])
      const response = yield* Embeddings.create({ ...params, encoding_format: "base64" }).pipe(
        Effect.provide(TestHttp.client(script))
      )
      const embedding: string = response.data[0]!.embedding
      assert.strictEqual(embedding, encoded)
    }))

  it.effect("a server that ignores the format and sends numbers is passed through", () =>
    Effect.gen(function*() {
      const script = TestHttp.scripted([answer([0.5, -0.25])])
      const response = yield* Embeddings.create(params).pipe(Effect.provide(TestHttp.client(script)))
      assert.deepStrictEqual(response.data[0]!.embedding, [0.5, -0.25])
    }))
})
