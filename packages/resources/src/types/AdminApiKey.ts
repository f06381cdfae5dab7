/**
 * The `AdminApiKey` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface AdminApiKey {
  readonly object: "organization.admin_api_key"
  readonly id: string
  readonly name?: string | null | undefined
  readonly redacted_value: string
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly expires_at: number | null
  /** @format unixtime */
  readonly last_used_at?: number | null | undefined
  readonly owner: {
    readonly type?: string | undefined
    readonly object?: string | undefined
    readonly id?: string | undefined
    readonly name?: string | undefined
    /** @format unixtime */
    readonly created_at?: number | undefined
    readonly role?: string | undefined
  }
}
