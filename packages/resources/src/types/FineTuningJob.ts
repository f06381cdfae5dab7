/**
 * The `FineTuningJob` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuneMethod } from "./FineTuneMethod.ts"
import type { FineTuningIntegration } from "./FineTuningIntegration.ts"
import type { Metadata } from "./Metadata.ts"

export interface FineTuningJob {
  readonly id: string
  /** @format unixtime */
  readonly created_at: number
  readonly error: {
    readonly code: string
    readonly message: string
    readonly param: string | null
  } | null
  readonly fine_tuned_model: string | null
  /** @format unixtime */
  readonly finished_at: number | null
  readonly hyperparameters: {
    /** @default "auto" */
    readonly batch_size?: "auto" | number | null | undefined
    /** @minimum 0 */
    readonly learning_rate_multiplier?: "auto" | number | undefined
    /**
     * @default "auto"
     * @minimum 1
     * @maximum 50
     */
    readonly n_epochs?: "auto" | number | undefined
  }
  readonly model: string
  readonly object: "fine_tuning.job"
  readonly organization_id: string
  readonly result_files: ReadonlyArray<string>
  readonly status: "validating_files" | "queued" | "running" | "succeeded" | "failed" | "cancelled"
  readonly trained_tokens: number | null
  readonly training_file: string
  readonly validation_file: string | null
  /** @maxItems 5 */
  readonly integrations?: ReadonlyArray<FineTuningIntegration> | null | undefined
  readonly seed: number
  /** @format unixtime */
  readonly estimated_finish?: number | null | undefined
  readonly method?: FineTuneMethod | undefined
  readonly metadata?: Metadata | undefined
}
