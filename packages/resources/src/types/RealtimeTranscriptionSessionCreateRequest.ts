/**
 * The `RealtimeTranscriptionSessionCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AudioTranscription } from "./AudioTranscription.ts"
import type { NoiseReductionType } from "./NoiseReductionType.ts"

export interface RealtimeTranscriptionSessionCreateRequest {
  readonly turn_detection?: {
    readonly type?: "server_vad" | undefined
    readonly threshold?: number | undefined
    readonly prefix_padding_ms?: number | undefined
    readonly silence_duration_ms?: number | undefined
  } | undefined
  readonly input_audio_noise_reduction?: {
    readonly type?: NoiseReductionType | undefined
  } | undefined
  /** @default "pcm16" */
  readonly input_audio_format?: "pcm16" | "g711_ulaw" | "g711_alaw" | undefined
  readonly input_audio_transcription?: AudioTranscription | undefined
  readonly include?: ReadonlyArray<"item.input_audio_transcription.logprobs"> | undefined
}
