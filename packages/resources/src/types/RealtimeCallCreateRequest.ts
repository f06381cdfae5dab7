/**
 * The `RealtimeCallCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeSessionCreateRequestGA } from "./RealtimeSessionCreateRequestGA.ts"

export interface RealtimeCallCreateRequest {
  readonly sdp: string
  readonly session?: RealtimeSessionCreateRequestGA | undefined
}
