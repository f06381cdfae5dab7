/**
 * The `CreateFineTuningCheckpointPermissionRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface CreateFineTuningCheckpointPermissionRequest {
  readonly project_ids: ReadonlyArray<string>
}
