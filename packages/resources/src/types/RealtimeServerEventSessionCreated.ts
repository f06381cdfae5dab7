/**
 * The `RealtimeServerEventSessionCreated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeSessionCreateRequestGA } from "./RealtimeSessionCreateRequestGA.ts"
import type { RealtimeTranscriptionSessionCreateRequestGA } from "./RealtimeTranscriptionSessionCreateRequestGA.ts"

export interface RealtimeServerEventSessionCreated {
  readonly event_id: string
  readonly type: "session.created"
  readonly session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
}
