/**
 * The `UsageFileSearchCallsResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UsageFileSearchCallsResult {
  readonly object: "organization.usage.file_searches.result"
  readonly num_requests: number
  readonly project_id?: string | null | undefined
  readonly user_id?: string | null | undefined
  readonly api_key_id?: string | null | undefined
  readonly vector_store_id?: string | null | undefined
}
