/**
 * The `ProjectModelPermissionsUpdateRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectModelPermissionsUpdateRequest {
  readonly mode: "allow_list" | "deny_list"
  readonly model_ids: ReadonlyArray<string>
}
