/**
 * The `RealtimeCreateClientSecretResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeSessionCreateResponseGA } from "./RealtimeSessionCreateResponseGA.ts"
import type { RealtimeTranscriptionSessionCreateResponseGA } from "./RealtimeTranscriptionSessionCreateResponseGA.ts"

export interface RealtimeCreateClientSecretResponse {
  readonly value: string
  /** @format unixtime */
  readonly expires_at: number
  readonly session: RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
}
