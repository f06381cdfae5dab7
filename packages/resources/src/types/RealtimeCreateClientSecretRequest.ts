/**
 * The `RealtimeCreateClientSecretRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeSessionCreateRequestGA } from "./RealtimeSessionCreateRequestGA.ts"
import type { RealtimeTranscriptionSessionCreateRequestGA } from "./RealtimeTranscriptionSessionCreateRequestGA.ts"

export interface RealtimeCreateClientSecretRequest {
  readonly expires_after?: {
    /** @default "created_at" */
    readonly anchor?: "created_at" | undefined
    /**
     * @default 600
     * @minimum 10
     * @maximum 7200
     * @format int64
     */
    readonly seconds?: number | undefined
  } | undefined
  readonly session?: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA | undefined
}
