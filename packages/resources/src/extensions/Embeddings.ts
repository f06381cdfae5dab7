/**
 * The hand-written `Embeddings.create`, which replaces the generated one (the
 * generated module re-exports it): import it from `@openai-effect/resources/Embeddings`.
 *
 * Unless you set `encoding_format`, it asks for `base64` (about 4x fewer bytes
 * on the wire than JSON numbers, the official SDK's rule) and decodes each
 * vector to the same `number[]` a `float` answer would give, exactly: the bytes
 * are read as little-endian `float32` whatever the runtime's byte order.
 * With `encoding_format: "base64"` you get the strings, typed as strings.
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as Effect from "effect/Effect"
import type { CreateParams } from "../Embeddings.ts"
import type { CreateEmbeddingResponse } from "../types/CreateEmbeddingResponse.ts"
import type { Embedding } from "../types/Embedding.ts"

/**
 * The answer to `encoding_format: "base64"`: each vector is the base64 of its
 * little-endian `float32` bytes.
 *
 * @category models
 * @since 0.1.0
 */
export interface Base64EmbeddingResponse extends Omit<CreateEmbeddingResponse, "data"> {
  readonly data: ReadonlyArray<Omit<Embedding, "embedding"> & { readonly embedding: string }>
}

/** The vector of base64 little-endian `float32` bytes, as numbers. */
const decodeFloat32 = (base64: string): ReadonlyArray<number> => {
  const binary = atob(base64)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  // A DataView reads little-endian on every host; a Float32Array would use the host's order.
  const view = new DataView(bytes.buffer)
  const out = new Array<number>(bytes.length >>> 2)
  for (let i = 0; i < out.length; i++) out[i] = view.getFloat32(i * 4, true)
  return out
}

const decoded = (response: Base64EmbeddingResponse | CreateEmbeddingResponse): CreateEmbeddingResponse => ({
  ...response,
  data: response.data.map((item) =>
    typeof item.embedding === "string" ? { ...item, embedding: decodeFloat32(item.embedding) } : item as Embedding
  )
})

/**
 * `POST /embeddings`. Without `encoding_format` it asks for base64 and
 * decodes it to numbers; with `encoding_format: "base64"` the vectors stay
 * strings.
 *
 * @see https://platform.openai.com/docs/api-reference/embeddings/createEmbedding
 * @example
 * const response = yield* Embeddings.create({ model: "text-embedding-3-small", input: "The food was delicious." })
 * @category operations
 * @since 0.1.0
 */
export const create: {
  (
    params: CreateParams & { readonly encoding_format: "base64" },
    options?: RequestOptions
  ): Effect.Effect<Base64EmbeddingResponse, OpenAIError, OpenAIClient>
  (params: CreateParams, options?: RequestOptions): Effect.Effect<CreateEmbeddingResponse, OpenAIError, OpenAIClient>
} = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<any, OpenAIError, OpenAIClient> => {
  const spec = { operationId: "createEmbedding", method: "POST", path: "/embeddings" } as const
  if (params.encoding_format !== undefined) return Operation.json({ ...spec, body: params }, options)
  return Effect.map(
    Operation.json<Base64EmbeddingResponse>({ ...spec, body: { ...params, encoding_format: "base64" } }, options),
    decoded
  )
}
