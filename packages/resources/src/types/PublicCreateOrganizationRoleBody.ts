/**
 * The `PublicCreateOrganizationRoleBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface PublicCreateOrganizationRoleBody {
  readonly role_name: string
  readonly permissions: ReadonlyArray<string>
  readonly description?: string | null | undefined
}
