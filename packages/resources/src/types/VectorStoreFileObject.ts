/**
 * The `VectorStoreFileObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChunkingStrategyResponse } from "./ChunkingStrategyResponse.ts"
import type { VectorStoreFileAttributes } from "./VectorStoreFileAttributes.ts"

export interface VectorStoreFileObject {
  readonly id: string
  readonly object: "vector_store.file"
  readonly usage_bytes: number
  /** @format unixtime */
  readonly created_at: number
  readonly vector_store_id: string
  readonly status: "in_progress" | "completed" | "cancelled" | "failed"
  readonly last_error: {
    readonly code: "server_error" | "unsupported_file" | "invalid_file"
    readonly message: string
  } | null
  readonly chunking_strategy?: ChunkingStrategyResponse | undefined
  readonly attributes?: VectorStoreFileAttributes | undefined
}
