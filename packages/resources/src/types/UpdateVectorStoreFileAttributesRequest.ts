/**
 * The `UpdateVectorStoreFileAttributesRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { VectorStoreFileAttributes } from "./VectorStoreFileAttributes.ts"

export interface UpdateVectorStoreFileAttributesRequest {
  readonly attributes: VectorStoreFileAttributes
}
