/**
 * The `RealtimeTranscriptionSessionCreateRequestGA` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AudioTranscription } from "./AudioTranscription.ts"
import type { NoiseReductionType } from "./NoiseReductionType.ts"
import type { RealtimeAudioFormats } from "./RealtimeAudioFormats.ts"
import type { RealtimeTurnDetection } from "./RealtimeTurnDetection.ts"

export interface RealtimeTranscriptionSessionCreateRequestGA {
  readonly type: "transcription"
  readonly audio?: {
    readonly input?: {
      readonly format?: RealtimeAudioFormats | undefined
      readonly transcription?: AudioTranscription | undefined
      readonly noise_reduction?: {
        readonly type?: NoiseReductionType | undefined
      } | undefined
      readonly turn_detection?: RealtimeTurnDetection | undefined
    } | undefined
  } | undefined
  readonly include?: ReadonlyArray<"item.input_audio_transcription.logprobs"> | undefined
}
