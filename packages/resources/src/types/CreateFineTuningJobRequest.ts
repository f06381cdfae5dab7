/**
 * The `CreateFineTuningJobRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuneMethod } from "./FineTuneMethod.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateFineTuningJobRequest {
  readonly model: "babbage-002" | "davinci-002" | "gpt-3.5-turbo" | "gpt-4o-mini" | (string & {})
  readonly training_file: string
  /** @deprecated */
  readonly hyperparameters?: {
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
  } | undefined
  /**
   * @default null
   * @minLength 1
   * @maxLength 64
   */
  readonly suffix?: string | null | undefined
  readonly validation_file?: string | null | undefined
  readonly integrations?:
    | ReadonlyArray<{
      readonly type: "wandb"
      readonly wandb: {
        readonly project: string
        readonly name?: string | null | undefined
        readonly entity?: string | null | undefined
        readonly tags?: ReadonlyArray<string> | undefined
      }
    }>
    | null
    | undefined
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  readonly seed?: number | null | undefined
  readonly method?: FineTuneMethod | undefined
  readonly metadata?: Metadata | undefined
}
