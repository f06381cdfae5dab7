/**
 * The `UsageCompletionsResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UsageCompletionsResult {
  readonly object: "organization.usage.completions.result"
  readonly input_tokens: number
  readonly input_cached_tokens?: number | undefined
  readonly input_cache_write_tokens?: number | undefined
  readonly input_uncached_tokens?: number | undefined
  readonly output_tokens: number
  readonly input_text_tokens?: number | undefined
  readonly output_text_tokens?: number | undefined
  readonly input_cached_text_tokens?: number | undefined
  readonly input_audio_tokens?: number | undefined
  readonly input_cached_audio_tokens?: number | undefined
  readonly output_audio_tokens?: number | undefined
  readonly input_image_tokens?: number | undefined
  readonly input_cached_image_tokens?: number | undefined
  readonly output_image_tokens?: number | undefined
  readonly num_model_requests: number
  readonly project_id?: string | null | undefined
  readonly user_id?: string | null | undefined
  readonly api_key_id?: string | null | undefined
  readonly model?: string | null | undefined
  readonly batch?: boolean | null | undefined
  readonly service_tier?: string | null | undefined
}
