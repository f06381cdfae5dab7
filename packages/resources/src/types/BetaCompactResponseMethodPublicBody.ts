/**
 * The `BetaCompactResponseMethodPublicBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInputItem } from "./BetaInputItem.ts"
import type { BetaModelIdsCompaction } from "./BetaModelIdsCompaction.ts"
import type { BetaPromptCacheOptionsParam } from "./BetaPromptCacheOptionsParam.ts"
import type { BetaPromptCacheRetentionEnum } from "./BetaPromptCacheRetentionEnum.ts"
import type { BetaServiceTierEnum } from "./BetaServiceTierEnum.ts"

export interface BetaCompactResponseMethodPublicBody {
  readonly model: BetaModelIdsCompaction
  readonly input?: string | ReadonlyArray<BetaInputItem> | null | undefined
  readonly previous_response_id?: string | null | undefined
  readonly instructions?: string | null | undefined
  /** @maxLength 64 */
  readonly prompt_cache_key?: string | null | undefined
  readonly prompt_cache_retention?: BetaPromptCacheRetentionEnum | null | undefined
  readonly prompt_cache_options?: BetaPromptCacheOptionsParam | null | undefined
  readonly service_tier?: BetaServiceTierEnum | null | undefined
}
