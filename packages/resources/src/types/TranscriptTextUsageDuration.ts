/**
 * The `TranscriptTextUsageDuration` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface TranscriptTextUsageDuration {
  readonly type: "duration"
  /** @format double */
  readonly seconds: number
}
