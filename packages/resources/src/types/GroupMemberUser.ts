/**
 * The `GroupMemberUser` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface GroupMemberUser {
  readonly id: string
  readonly name: string
  readonly email: string | null
  readonly picture: string | null
  readonly is_service_account: boolean | null
  readonly user_type: "user" | "tenant_user"
}
