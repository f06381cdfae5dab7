/**
 * The `RealtimeResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"
import type { RealtimeAudioFormats } from "./RealtimeAudioFormats.ts"
import type { RealtimeConversationItem } from "./RealtimeConversationItem.ts"
import type { VoiceIdsShared } from "./VoiceIdsShared.ts"

export interface RealtimeResponse {
  readonly id?: string | undefined
  readonly object?: "realtime.response" | undefined
  readonly status?: "completed" | "cancelled" | "failed" | "incomplete" | "in_progress" | undefined
  readonly status_details?: {
    readonly type?: "completed" | "cancelled" | "incomplete" | "failed" | undefined
    readonly reason?: "turn_detected" | "client_cancelled" | "max_output_tokens" | "content_filter" | undefined
    readonly error?: {
      readonly type?: string | undefined
      readonly code?: string | undefined
    } | undefined
  } | undefined
  readonly output?: ReadonlyArray<RealtimeConversationItem> | undefined
  readonly metadata?: Metadata | undefined
  readonly audio?: {
    readonly output?: {
      readonly format?: RealtimeAudioFormats | undefined
      /** @default "alloy" */
      readonly voice?: VoiceIdsShared | undefined
    } | undefined
  } | undefined
  readonly usage?: {
    readonly total_tokens?: number | undefined
    readonly input_tokens?: number | undefined
    readonly output_tokens?: number | undefined
    readonly input_token_details?: {
      readonly cached_tokens?: number | undefined
      readonly text_tokens?: number | undefined
      readonly image_tokens?: number | undefined
      readonly audio_tokens?: number | undefined
      readonly cached_tokens_details?: {
        readonly text_tokens?: number | undefined
        readonly image_tokens?: number | undefined
        readonly audio_tokens?: number | undefined
      } | undefined
    } | undefined
    readonly output_token_details?: {
      readonly text_tokens?: number | undefined
      readonly audio_tokens?: number | undefined
    } | undefined
  } | undefined
  readonly conversation_id?: string | undefined
  readonly output_modalities?: ReadonlyArray<"text" | "audio"> | undefined
  readonly max_output_tokens?: number | "inf" | undefined
}
