/**
 * The `User` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface User {
  readonly object: "organization.user"
  readonly id: string
  readonly name?: string | null | undefined
  readonly email?: string | null | undefined
  readonly role?: string | null | undefined
  /** @format unixtime */
  readonly added_at: number
  readonly is_default?: boolean | undefined
  /** @format unixtime */
  readonly created?: number | undefined
  readonly user?: {
    readonly object: "user"
    readonly id: string
    readonly email?: string | null | undefined
    readonly name?: string | null | undefined
    readonly picture?: string | null | undefined
    readonly enabled?: boolean | null | undefined
    readonly banned?: boolean | null | undefined
    /** @format unixtime */
    readonly banned_at?: number | null | undefined
  } | undefined
  readonly is_service_account?: boolean | undefined
  readonly is_scale_tier_authorized_purchaser?: boolean | null | undefined
  readonly is_scim_managed?: boolean | undefined
  /** @format unixtime */
  readonly api_key_last_used_at?: number | null | undefined
  readonly technical_level?: string | null | undefined
  readonly developer_persona?: string | null | undefined
  readonly projects?:
    | {
      readonly object: "list"
      readonly data: ReadonlyArray<{
        readonly id?: string | null | undefined
        readonly name?: string | null | undefined
        readonly role?: string | null | undefined
      }>
    }
    | null
    | undefined
}
