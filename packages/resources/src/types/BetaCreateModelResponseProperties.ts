/**
 * The `BetaCreateModelResponseProperties` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaModelResponseProperties } from "./BetaModelResponseProperties.ts"
import type { BetaPromptCacheOptionsParam } from "./BetaPromptCacheOptionsParam.ts"

export interface BetaCreateModelResponseProperties extends Omit<BetaModelResponseProperties, "top_logprobs"> {
  readonly prompt_cache_options?: BetaPromptCacheOptionsParam | undefined
  /**
   * @minimum 0
   * @maximum 20
   */
  readonly top_logprobs?: number | undefined
}
