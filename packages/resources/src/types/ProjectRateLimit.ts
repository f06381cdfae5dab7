/**
 * The `ProjectRateLimit` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectRateLimit {
  readonly object: "project.rate_limit"
  readonly id: string
  readonly model: string
  readonly max_requests_per_1_minute: number
  readonly max_tokens_per_1_minute: number
  readonly max_images_per_1_minute?: number | undefined
  readonly max_audio_megabytes_per_1_minute?: number | undefined
  readonly max_requests_per_1_day?: number | undefined
  readonly batch_1_day_max_input_tokens?: number | undefined
}
