/**
 * The `UsageImagesResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UsageImagesResult {
  readonly object: "organization.usage.images.result"
  readonly images: number
  readonly num_model_requests: number
  readonly source?: string | null | undefined
  readonly size?: string | null | undefined
  readonly project_id?: string | null | undefined
  readonly user_id?: string | null | undefined
  readonly api_key_id?: string | null | undefined
  readonly model?: string | null | undefined
}
