/**
 * The `ProjectServiceAccountApiKey` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectServiceAccountApiKey {
  readonly object: "organization.project.service_account.api_key"
  readonly value: string
  readonly name: string
  /** @format unixtime */
  readonly created_at: number
  readonly id: string
}
