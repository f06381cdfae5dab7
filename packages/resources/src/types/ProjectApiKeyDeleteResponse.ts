/**
 * The `ProjectApiKeyDeleteResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectApiKeyDeleteResponse {
  readonly object: "organization.project.api_key.deleted"
  readonly id: string
  readonly deleted: boolean
}
