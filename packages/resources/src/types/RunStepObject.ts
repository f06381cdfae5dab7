/**
 * The `RunStepObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"
import type { RunStepCompletionUsage } from "./RunStepCompletionUsage.ts"
import type { RunStepDetailsMessageCreationObject } from "./RunStepDetailsMessageCreationObject.ts"
import type { RunStepDetailsToolCallsObject } from "./RunStepDetailsToolCallsObject.ts"

export interface RunStepObject {
  readonly id: string
  readonly object: "thread.run.step"
  /** @format unixtime */
  readonly created_at: number
  readonly assistant_id: string
  readonly thread_id: string
  readonly run_id: string
  readonly type: "message_creation" | "tool_calls"
  readonly status: "in_progress" | "cancelled" | "failed" | "completed" | "expired"
  readonly step_details: RunStepDetailsMessageCreationObject | RunStepDetailsToolCallsObject
  readonly last_error: {
    readonly code: "server_error" | "rate_limit_exceeded"
    readonly message: string
  } | null
  /** @format unixtime */
  readonly expired_at: number | null
  /** @format unixtime */
  readonly cancelled_at: number | null
  /** @format unixtime */
  readonly failed_at: number | null
  /** @format unixtime */
  readonly completed_at: number | null
  readonly metadata: Metadata
  readonly usage: RunStepCompletionUsage
}
