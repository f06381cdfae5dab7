/**
 * The `ProjectUserCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectUserCreateRequest {
  readonly user_id?: string | null | undefined
  readonly email?: string | null | undefined
  readonly role: string
}
