/**
 * The `DeleteFineTuningCheckpointPermissionResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface DeleteFineTuningCheckpointPermissionResponse {
  readonly id: string
  readonly object: "checkpoint.permission"
  readonly deleted: boolean
}
