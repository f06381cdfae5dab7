/**
 * The `ProjectDataRetention` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ProjectDataRetention {
  readonly object: "project.data_retention"
  readonly type:
    | "organization_default"
    | "none"
    | "zero_data_retention"
    | "modified_abuse_monitoring"
    | "enhanced_zero_data_retention"
    | "enhanced_modified_abuse_monitoring"
}
