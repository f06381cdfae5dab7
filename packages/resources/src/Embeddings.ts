/**
 * The `embeddings` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * Hand-written: `create`, in `./extensions/Embeddings.ts`.
 *
 * @see https://platform.openai.com/docs/api-reference/embeddings
 * @since 0.1.0
 */

import type { CreateEmbeddingRequest } from "./types/CreateEmbeddingRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateEmbeddingRequest

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type EmbeddingCreateParams = CreateParams

export * from "./extensions/Embeddings.ts"
