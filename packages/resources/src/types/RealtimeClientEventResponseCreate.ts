/**
 * The `RealtimeClientEventResponseCreate` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeResponseCreateParams } from "./RealtimeResponseCreateParams.ts"

export interface RealtimeClientEventResponseCreate {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "response.create"
  readonly response?: RealtimeResponseCreateParams | undefined
}
