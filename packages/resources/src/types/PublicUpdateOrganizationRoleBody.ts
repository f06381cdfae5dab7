/**
 * The `PublicUpdateOrganizationRoleBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface PublicUpdateOrganizationRoleBody {
  readonly permissions?: ReadonlyArray<string> | null | undefined
  readonly description?: string | null | undefined
  readonly role_name?: string | null | undefined
}
