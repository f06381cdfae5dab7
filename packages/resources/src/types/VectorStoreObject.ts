/**
 * The `VectorStoreObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"
import type { VectorStoreExpirationAfter } from "./VectorStoreExpirationAfter.ts"

export interface VectorStoreObject {
  readonly id: string
  readonly object: "vector_store"
  /** @format unixtime */
  readonly created_at: number
  readonly name: string
  readonly usage_bytes: number
  readonly file_counts: {
    readonly in_progress: number
    readonly completed: number
    readonly failed: number
    readonly cancelled: number
    readonly total: number
  }
  readonly status: "expired" | "in_progress" | "completed"
  readonly expires_after?: VectorStoreExpirationAfter | undefined
  /** @format unixtime */
  readonly expires_at?: number | null | undefined
  /** @format unixtime */
  readonly last_active_at: number | null
  readonly metadata: Metadata
}
