/**
 * The `RealtimeSessionCreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AudioTranscription } from "./AudioTranscription.ts"
import type { NoiseReductionType } from "./NoiseReductionType.ts"
import type { RealtimeAudioFormats } from "./RealtimeAudioFormats.ts"
import type { RealtimeFunctionTool } from "./RealtimeFunctionTool.ts"
import type { VoiceIdsShared } from "./VoiceIdsShared.ts"

export interface RealtimeSessionCreateResponse {
  readonly id?: string | undefined
  readonly object?: string | undefined
  /** @format unixtime */
  readonly expires_at?: number | undefined
  readonly include?: ReadonlyArray<"item.input_audio_transcription.logprobs"> | undefined
  readonly model?: string | undefined
  readonly output_modalities?: unknown | undefined
  readonly instructions?: string | undefined
  readonly audio?: {
    readonly input?: {
      readonly format?: RealtimeAudioFormats | undefined
      readonly transcription?: AudioTranscription | undefined
      readonly noise_reduction?: {
        readonly type?: NoiseReductionType | undefined
      } | undefined
      readonly turn_detection?: {
        readonly type?: string | undefined
        readonly threshold?: number | undefined
        readonly prefix_padding_ms?: number | undefined
        readonly silence_duration_ms?: number | undefined
      } | undefined
    } | undefined
    readonly output?: {
      readonly format?: RealtimeAudioFormats | undefined
      readonly voice?: VoiceIdsShared | undefined
      readonly speed?: number | undefined
    } | undefined
  } | undefined
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
  readonly tools?: ReadonlyArray<RealtimeFunctionTool> | undefined
  readonly tool_choice?: string | undefined
  readonly max_output_tokens?: number | "inf" | undefined
}
