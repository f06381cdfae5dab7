/**
 * The `ProjectGroup` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectGroup {
  readonly object: "project.group"
  readonly project_id: string
  readonly group_id: string
  readonly group_name: string
  readonly group_type: "group" | "tenant_group"
  /** @format unixtime */
  readonly created_at: number
}
