/**
 * The `AssignedRoleDetails` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface AssignedRoleDetails {
  readonly id: string
  readonly name: string
  readonly permissions: ReadonlyArray<string>
  readonly resource_type: string
  readonly predefined_role: boolean
  readonly description: string | null
  /** @format unixtime */
  readonly created_at: number | null
  /** @format unixtime */
  readonly updated_at: number | null
  readonly created_by: string | null
  readonly created_by_user_obj: { readonly [key: string]: unknown } | null
  readonly metadata: { readonly [key: string]: unknown } | null
  readonly assignment_sources:
    | ReadonlyArray<{
      readonly principal_id: string
      readonly principal_type: string
    }>
    | null
}
