/**
 * The `BetaPromptCacheOptionsParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaPromptCacheModeEnum } from "./BetaPromptCacheModeEnum.ts"
import type { BetaPromptCacheTTLEnum } from "./BetaPromptCacheTTLEnum.ts"

export interface BetaPromptCacheOptionsParam {
  readonly ttl?: BetaPromptCacheTTLEnum | undefined
  readonly mode?: BetaPromptCacheModeEnum | undefined
}
