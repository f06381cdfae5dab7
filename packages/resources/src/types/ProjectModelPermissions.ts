/**
 * The `ProjectModelPermissions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectModelPermissions {
  readonly object: "project.model_permissions"
  readonly mode: "allow_list" | "deny_list"
  readonly model_ids: ReadonlyArray<string>
}
