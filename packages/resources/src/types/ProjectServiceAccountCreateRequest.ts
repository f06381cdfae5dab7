/**
 * The `ProjectServiceAccountCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectServiceAccountCreateRequest {
  readonly name: string
  readonly create_service_account_only?: boolean | null | undefined
}
