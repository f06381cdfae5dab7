/**
 * The `UsageVectorStoresResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UsageVectorStoresResult {
  readonly object: "organization.usage.vector_stores.result"
  readonly usage_bytes: number
  readonly project_id?: string | null | undefined
}
