/**
 * The `CreateVectorStoreFileBatchRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChunkingStrategyRequestParam } from "./ChunkingStrategyRequestParam.ts"
import type { CreateVectorStoreFileRequest } from "./CreateVectorStoreFileRequest.ts"
import type { VectorStoreFileAttributes } from "./VectorStoreFileAttributes.ts"

export interface CreateVectorStoreFileBatchRequest {
  /**
   * @minItems 1
   * @maxItems 2000
   */
  readonly file_ids?: ReadonlyArray<string> | undefined
  /**
   * @minItems 1
   * @maxItems 2000
   */
  readonly files?: ReadonlyArray<CreateVectorStoreFileRequest> | undefined
  readonly chunking_strategy?: ChunkingStrategyRequestParam | undefined
  readonly attributes?: VectorStoreFileAttributes | undefined
}
