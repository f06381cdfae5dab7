/**
 * The `ProjectUpdateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectUpdateRequest {
  readonly name?: string | null | undefined
  readonly external_key_id?: string | null | undefined
  readonly geography?: string | null | undefined
}
