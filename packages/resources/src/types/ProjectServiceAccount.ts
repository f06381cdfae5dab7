/**
 * The `ProjectServiceAccount` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectServiceAccount {
  readonly object: "organization.project.service_account"
  readonly id: string
  readonly name: string
  readonly role: "owner" | "member" | "none"
  /** @format unixtime */
  readonly created_at: number
}
