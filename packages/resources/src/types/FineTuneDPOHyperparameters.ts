/**
 * The `FineTuneDPOHyperparameters` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FineTuneDPOHyperparameters {
  /**
   * @minimum 0
   * @maximum 2
   */
  readonly beta?: "auto" | number | undefined
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
}
