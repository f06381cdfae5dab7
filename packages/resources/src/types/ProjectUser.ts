/**
 * The `ProjectUser` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectUser {
  readonly object: "organization.project.user"
  readonly id: string
  readonly name?: string | null | undefined
  readonly email?: string | null | undefined
  readonly role: string
  /** @format unixtime */
  readonly added_at: number
}
