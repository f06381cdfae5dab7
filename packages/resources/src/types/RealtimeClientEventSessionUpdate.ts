/**
 * The `RealtimeClientEventSessionUpdate` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeSessionCreateRequestGA } from "./RealtimeSessionCreateRequestGA.ts"
import type { RealtimeTranscriptionSessionCreateRequestGA } from "./RealtimeTranscriptionSessionCreateRequestGA.ts"

export interface RealtimeClientEventSessionUpdate {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "session.update"
  readonly session: RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
}
