/**
 * The `TranscriptionDiarizedSegment` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TranscriptionDiarizedSegment {
  readonly type: "transcript.text.segment"
  readonly id: string
  /** @format double */
  readonly start: number
  /** @format double */
  readonly end: number
  readonly text: string
  readonly speaker: string
}
