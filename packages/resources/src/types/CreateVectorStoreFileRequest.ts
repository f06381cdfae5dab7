/**
 * The `CreateVectorStoreFileRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChunkingStrategyRequestParam } from "./ChunkingStrategyRequestParam.ts"
import type { VectorStoreFileAttributes } from "./VectorStoreFileAttributes.ts"

export interface CreateVectorStoreFileRequest {
  readonly file_id: string
  readonly chunking_strategy?: ChunkingStrategyRequestParam | undefined
  readonly attributes?: VectorStoreFileAttributes | undefined
}
