/**
 * The `RealtimeServerEventSessionUpdated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeSessionCreateRequestGA } from "./RealtimeSessionCreateRequestGA.ts"
import type { RealtimeTranscriptionSessionCreateRequestGA } from "./RealtimeTranscriptionSessionCreateRequestGA.ts"

export interface RealtimeServerEventSessionUpdated {
  readonly event_id: string
  readonly type: "session.updated"
  readonly session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
}
