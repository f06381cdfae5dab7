/**
 * The `RealtimeTranslationClientSecretCreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeTranslationSession } from "./RealtimeTranslationSession.ts"

export interface RealtimeTranslationClientSecretCreateResponse {
  readonly value: string
  /** @format unixtime */
  readonly expires_at: number
  readonly session: RealtimeTranslationSession
}
