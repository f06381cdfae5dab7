/**
 * The `RealtimeTranslationSessionCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { NoiseReductionType } from "./NoiseReductionType.ts"

export interface RealtimeTranslationSessionCreateRequest {
  readonly model: string
  readonly audio?: {
    readonly input?: {
      readonly transcription?:
        | {
          readonly model: string
        }
        | null
        | undefined
      readonly noise_reduction?:
        | {
          readonly type: NoiseReductionType
        }
        | null
        | undefined
    } | undefined
    readonly output?: {
      readonly language?: string | undefined
    } | undefined
  } | undefined
}
