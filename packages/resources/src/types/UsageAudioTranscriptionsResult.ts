/**
 * The `UsageAudioTranscriptionsResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UsageAudioTranscriptionsResult {
  readonly object: "organization.usage.audio_transcriptions.result"
  /** @format int64 */
  readonly seconds: number
  readonly num_model_requests: number
  readonly project_id?: string | null | undefined
  readonly user_id?: string | null | undefined
  readonly api_key_id?: string | null | undefined
  readonly model?: string | null | undefined
}
