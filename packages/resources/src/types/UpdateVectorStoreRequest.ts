/**
 * The `UpdateVectorStoreRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"
import type { VectorStoreExpirationAfter } from "./VectorStoreExpirationAfter.ts"

export interface UpdateVectorStoreRequest {
  readonly name?: string | null | undefined
  readonly expires_after?: VectorStoreExpirationAfter & unknown | undefined
  readonly metadata?: Metadata | undefined
}
