/**
 * The `Project` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Project {
  readonly id: string
  readonly object: "organization.project"
  readonly name?: string | null | undefined
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly archived_at?: number | null | undefined
  readonly status?: string | null | undefined
  readonly external_key_id?: string | null | undefined
}
