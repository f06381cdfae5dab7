/**
 * The `FineTuningCheckpointPermission` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FineTuningCheckpointPermission {
  readonly id: string
  /** @format unixtime */
  readonly created_at: number
  readonly project_id: string
  readonly object: "checkpoint.permission"
}
