/**
 * The `CostsResult` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CostsResult {
  readonly object: "organization.costs.result"
  readonly amount?: {
    readonly value?: number | undefined
    readonly currency?: string | undefined
  } | undefined
  readonly line_item?: string | null | undefined
  readonly project_id?: string | null | undefined
  readonly api_key_id?: string | null | undefined
  readonly quantity?: number | null | undefined
}
