/**
 * The `RealtimeTranscriptionSessionCreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AudioTranscription } from "./AudioTranscription.ts"

export interface RealtimeTranscriptionSessionCreateResponse {
  readonly client_secret: {
    readonly value: string
    /** @format unixtime */
    readonly expires_at: number
  }
  readonly modalities?: unknown | undefined
  readonly input_audio_format?: string | undefined
  readonly input_audio_transcription?: AudioTranscription | undefined
  readonly turn_detection?: {
    readonly type?: string | undefined
    readonly threshold?: number | undefined
    readonly prefix_padding_ms?: number | undefined
    readonly silence_duration_ms?: number | undefined
  } | undefined
}
