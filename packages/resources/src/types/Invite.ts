/**
 * The `Invite` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface Invite {
  readonly object: "organization.invite"
  readonly id: string
  readonly email: string
  readonly role: "owner" | "reader"
  readonly status: "accepted" | "expired" | "pending"
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly expires_at?: number | null | undefined
  /** @format unixtime */
  readonly accepted_at?: number | null | undefined
  readonly projects: ReadonlyArray<{
    readonly id: string
    readonly role: "member" | "owner"
  }>
}
