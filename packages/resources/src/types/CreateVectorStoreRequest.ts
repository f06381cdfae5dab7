/**
 * The `CreateVectorStoreRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChunkingStrategyRequestParam } from "./ChunkingStrategyRequestParam.ts"
import type { Metadata } from "./Metadata.ts"
import type { VectorStoreExpirationAfter } from "./VectorStoreExpirationAfter.ts"

export interface CreateVectorStoreRequest {
  /** @maxItems 500 */
  readonly file_ids?: ReadonlyArray<string> | undefined
  readonly name?: string | undefined
  readonly description?: string | undefined
  readonly expires_after?: VectorStoreExpirationAfter | undefined
  readonly chunking_strategy?: ChunkingStrategyRequestParam | undefined
  readonly metadata?: Metadata | undefined
}
