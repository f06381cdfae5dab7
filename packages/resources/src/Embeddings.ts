/**
 * The `embeddings` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/embeddings
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { CreateEmbeddingRequest } from "./types/CreateEmbeddingRequest.ts"
import type { CreateEmbeddingResponse } from "./types/CreateEmbeddingResponse.ts"
import type { Embedding } from "./types/Embedding.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateEmbeddingRequest

/**
 * {@link CreateEmbeddingResponse} as `encoding_format: "base64"` answers it: each `embedding` is the base64 of its
 * little-endian float32 values.
 *
 * @category models
 * @since 0.1.0
 */
export interface Base64EmbeddingResponse extends Omit<CreateEmbeddingResponse, "data"> {
  readonly data: ReadonlyArray<Omit<Embedding, "embedding"> & { readonly embedding: string }>
}

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type EmbeddingCreateParams = CreateParams

/**
 * `POST /embeddings`.
 *
 * @see https://platform.openai.com/docs/api-reference/embeddings/createEmbedding
 * @example
 * const createEmbeddingResponse = yield* Embeddings.create({
 *   model: "text-embedding-3-small",
 *   input: "The food was delicious."
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = <F extends CreateParams["encoding_format"] = undefined>(
  params: CreateParams & { readonly encoding_format?: F },
  options?: RequestOptions
): Effect.Effect<F extends "base64" ? Base64EmbeddingResponse : CreateEmbeddingResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createEmbedding", method: "POST", path: "/embeddings", body: params }, options)
