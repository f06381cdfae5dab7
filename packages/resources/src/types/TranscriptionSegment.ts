/**
 * The `TranscriptionSegment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TranscriptionSegment {
  readonly id: number
  readonly seek: number
  /** @format double */
  readonly start: number
  /** @format double */
  readonly end: number
  readonly text: string
  readonly tokens: ReadonlyArray<number>
  /** @format float */
  readonly temperature: number
  /** @format float */
  readonly avg_logprob: number
  /** @format float */
  readonly compression_ratio: number
  /** @format float */
  readonly no_speech_prob: number
}
