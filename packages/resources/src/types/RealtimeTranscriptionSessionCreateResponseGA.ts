/**
 * The `RealtimeTranscriptionSessionCreateResponseGA` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AudioTranscription } from "./AudioTranscription.ts"
import type { NoiseReductionType } from "./NoiseReductionType.ts"
import type { RealtimeAudioFormats } from "./RealtimeAudioFormats.ts"

export interface RealtimeTranscriptionSessionCreateResponseGA {
  readonly type: "transcription"
  readonly id: string
  readonly object: string
  /** @format unixtime */
  readonly expires_at?: number | undefined
  readonly include?: ReadonlyArray<"item.input_audio_transcription.logprobs"> | undefined
  readonly audio?: {
    readonly input?: {
      readonly format?: RealtimeAudioFormats | undefined
      readonly transcription?: AudioTranscription | undefined
      readonly noise_reduction?: {
        readonly type?: NoiseReductionType | undefined
      } | undefined
      readonly turn_detection?:
        | {
          readonly type?: string | undefined
          readonly threshold?: number | undefined
          readonly prefix_padding_ms?: number | undefined
          readonly silence_duration_ms?: number | undefined
        }
        | null
        | undefined
    } | undefined
  } | undefined
}
