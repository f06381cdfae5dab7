/**
 * The `RealtimeServerEventResponseDone` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeResponse } from "./RealtimeResponse.ts"

export interface RealtimeServerEventResponseDone {
  readonly event_id: string
  readonly type: "response.done"
  readonly response: RealtimeResponse
}
