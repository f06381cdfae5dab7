/**
 * The `CreateModelResponseProperties` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ModelResponseProperties } from "./ModelResponseProperties.ts"
import type { PromptCacheOptionsParam } from "./PromptCacheOptionsParam.ts"

export interface CreateModelResponseProperties extends Omit<ModelResponseProperties, "top_logprobs"> {
  readonly prompt_cache_options?: PromptCacheOptionsParam | undefined
  /**
   * @minimum 0
   * @maximum 20
   */
  readonly top_logprobs?: number | undefined
}
