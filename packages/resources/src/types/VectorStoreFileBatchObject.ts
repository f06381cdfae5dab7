/**
 * The `VectorStoreFileBatchObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VectorStoreFileBatchObject {
  readonly id: string
  readonly object: "vector_store.files_batch"
  /** @format unixtime */
  readonly created_at: number
  readonly vector_store_id: string
  readonly status: "in_progress" | "completed" | "cancelled" | "failed"
  readonly file_counts: {
    readonly in_progress: number
    readonly completed: number
    readonly failed: number
    readonly cancelled: number
    readonly total: number
  }
}
