/**
 * The `UpdateOrganizationDataRetentionBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UpdateOrganizationDataRetentionBody {
  readonly retention_type:
    | "zero_data_retention"
    | "modified_abuse_monitoring"
    | "enhanced_zero_data_retention"
    | "enhanced_modified_abuse_monitoring"
}
