/**
 * The `PromptCacheOptionsParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { PromptCacheModeEnum } from "./PromptCacheModeEnum.ts"
import type { PromptCacheTTLEnum } from "./PromptCacheTTLEnum.ts"

export interface PromptCacheOptionsParam {
  readonly ttl?: PromptCacheTTLEnum | undefined
  readonly mode?: PromptCacheModeEnum | undefined
}
