/**
 * The `ProjectCreateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectCreateRequest {
  readonly name: string
  readonly geography?: string | null | undefined
  readonly external_key_id?: string | null | undefined
}
