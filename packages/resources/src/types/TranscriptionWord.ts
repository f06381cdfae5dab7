/**
 * The `TranscriptionWord` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TranscriptionWord {
  readonly word: string
  /** @format double */
  readonly start: number
  /** @format double */
  readonly end: number
}
