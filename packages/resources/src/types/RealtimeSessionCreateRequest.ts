/**
 * The `RealtimeSessionCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Prompt } from "./Prompt.ts"
import type { RealtimeTruncation } from "./RealtimeTruncation.ts"
import type { VoiceIdsOrCustomVoice } from "./VoiceIdsOrCustomVoice.ts"

export interface RealtimeSessionCreateRequest {
  readonly client_secret: {
    readonly value: string
    /** @format unixtime */
    readonly expires_at: number
  }
  readonly modalities?: unknown | undefined
  readonly instructions?: string | undefined
  readonly voice?: VoiceIdsOrCustomVoice | undefined
  readonly input_audio_format?: string | undefined
  readonly output_audio_format?: string | undefined
  readonly input_audio_transcription?: {
    readonly model?: string | undefined
  } | undefined
  /**
   * @default 1
   * @minimum 0.25
   * @maximum 1.5
   */
  readonly speed?: number | undefined
  /** @default "auto" */
  readonly tracing?: "auto" | {
    readonly workflow_name?: string | undefined
    readonly group_id?: string | undefined
    readonly metadata?: { readonly [key: string]: unknown } | undefined
  } | undefined
  readonly turn_detection?: {
    readonly type?: string | undefined
    readonly threshold?: number | undefined
    readonly prefix_padding_ms?: number | undefined
    readonly silence_duration_ms?: number | undefined
  } | undefined
  readonly tools?:
    | ReadonlyArray<{
      readonly type?: "function" | undefined
      readonly name?: string | undefined
      readonly description?: string | undefined
      readonly parameters?: { readonly [key: string]: unknown } | undefined
    }>
    | undefined
  readonly tool_choice?: string | undefined
  readonly temperature?: number | undefined
  readonly max_response_output_tokens?: number | "inf" | undefined
  readonly truncation?: RealtimeTruncation | undefined
  readonly prompt?: Prompt | undefined
}
