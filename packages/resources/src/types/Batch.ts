/**
 * The `Batch` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BatchError } from "./BatchError.ts"
import type { BatchRequestCounts } from "./BatchRequestCounts.ts"
import type { Metadata } from "./Metadata.ts"

export interface Batch {
  readonly id: string
  readonly object: "batch"
  readonly endpoint: string
  readonly model?: string | undefined
  readonly errors?: {
    readonly object?: string | undefined
    readonly data?: ReadonlyArray<BatchError> | undefined
  } | undefined
  readonly input_file_id: string
  readonly completion_window: string
  readonly status:
    | "validating"
    | "failed"
    | "in_progress"
    | "finalizing"
    | "completed"
    | "expired"
    | "cancelling"
    | "cancelled"
  readonly output_file_id?: string | undefined
  readonly error_file_id?: string | undefined
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly in_progress_at?: number | undefined
  /** @format unixtime */
  readonly expires_at?: number | undefined
  /** @format unixtime */
  readonly finalizing_at?: number | undefined
  /** @format unixtime */
  readonly completed_at?: number | undefined
  /** @format unixtime */
  readonly failed_at?: number | undefined
  /** @format unixtime */
  readonly expired_at?: number | undefined
  /** @format unixtime */
  readonly cancelling_at?: number | undefined
  /** @format unixtime */
  readonly cancelled_at?: number | undefined
  readonly request_counts?: BatchRequestCounts | undefined
  readonly usage?: {
    readonly input_tokens: number
    readonly input_tokens_details: {
      readonly cached_tokens: number
    }
    readonly output_tokens: number
    readonly output_tokens_details: {
      readonly reasoning_tokens: number
    }
    readonly total_tokens: number
  } | undefined
  readonly metadata?: Metadata | undefined
}
