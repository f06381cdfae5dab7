/**
 * The `FineTuningJobCheckpoint` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FineTuningJobCheckpoint {
  readonly id: string
  /** @format unixtime */
  readonly created_at: number
  readonly fine_tuned_model_checkpoint: string
  readonly step_number: number
  readonly metrics: {
    readonly step?: number | undefined
    readonly train_loss?: number | undefined
    readonly train_mean_token_accuracy?: number | undefined
    readonly valid_loss?: number | undefined
    readonly valid_mean_token_accuracy?: number | undefined
    readonly full_valid_loss?: number | undefined
    readonly full_valid_mean_token_accuracy?: number | undefined
  }
  readonly fine_tuning_job_id: string
  readonly object: "fine_tuning.job.checkpoint"
}
