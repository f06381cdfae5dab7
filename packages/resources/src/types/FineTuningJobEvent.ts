/**
 * The `FineTuningJobEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FineTuningJobEvent {
  readonly object: "fine_tuning.job.event"
  readonly id: string
  /** @format unixtime */
  readonly created_at: number
  readonly level: "info" | "warn" | "error"
  readonly message: string
  readonly type?: "message" | "metrics" | undefined
  readonly data?: { readonly [key: string]: unknown } | undefined
}
