/**
 * The `RealtimeServerEventResponseCreated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeResponse } from "./RealtimeResponse.ts"

export interface RealtimeServerEventResponseCreated {
  readonly event_id: string
  readonly type: "response.created"
  readonly response: RealtimeResponse
}
