/**
 * The `CreateSpeechRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { VoiceIdsOrCustomVoice } from "./VoiceIdsOrCustomVoice.ts"

export interface CreateSpeechRequest {
  readonly model: "tts-1" | "tts-1-hd" | "gpt-4o-mini-tts" | "gpt-4o-mini-tts-2025-12-15" | (string & {})
  /** @maxLength 4096 */
  readonly input: string
  /** @maxLength 4096 */
  readonly instructions?: string | undefined
  readonly voice: VoiceIdsOrCustomVoice
  /** @default "mp3" */
  readonly response_format?: "mp3" | "opus" | "aac" | "flac" | "wav" | "pcm" | undefined
  /**
   * @default 1
   * @minimum 0.25
   * @maximum 4
   */
  readonly speed?: number | undefined
  /** @default "audio" */
  readonly stream_format?: "sse" | "audio" | undefined
}
