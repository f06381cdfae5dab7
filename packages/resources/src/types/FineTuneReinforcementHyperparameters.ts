/**
 * The `FineTuneReinforcementHyperparameters` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FineTuneReinforcementHyperparameters {
  /**
   * @default "auto"
   * @minimum 1
   * @maximum 256
   */
  readonly batch_size?: "auto" | number | undefined
  /** @minimum 0 */
  readonly learning_rate_multiplier?: "auto" | number | undefined
  /**
   * @default "auto"
   * @minimum 1
   * @maximum 50
   */
  readonly n_epochs?: "auto" | number | undefined
  /** @default "default" */
  readonly reasoning_effort?: "default" | "low" | "medium" | "high" | undefined
  /**
   * @minimum 0.00001
   * @maximum 10
   */
  readonly compute_multiplier?: "auto" | number | undefined
  /**
   * @default "auto"
   * @minimum 1
   */
  readonly eval_interval?: "auto" | number | undefined
  /**
   * @default "auto"
   * @minimum 1
   */
  readonly eval_samples?: "auto" | number | undefined
}
