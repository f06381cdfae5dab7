/**
 * The `CreateEmbeddingResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Embedding } from "./Embedding.ts"

export interface CreateEmbeddingResponse {
  readonly data: ReadonlyArray<Embedding>
  readonly model: string
  readonly object: "list"
  readonly usage: {
    readonly prompt_tokens: number
    readonly total_tokens: number
  }
}
