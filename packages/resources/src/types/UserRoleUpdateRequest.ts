/**
 * The `UserRoleUpdateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UserRoleUpdateRequest {
  readonly role?: string | null | undefined
  readonly role_id?: string | null | undefined
  readonly technical_level?: string | null | undefined
  readonly developer_persona?: string | null | undefined
}
