/**
 * The `CompactResponseMethodPublicBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputItem } from "./InputItem.ts"
import type { ModelIdsCompaction } from "./ModelIdsCompaction.ts"
import type { PromptCacheOptionsParam } from "./PromptCacheOptionsParam.ts"
import type { PromptCacheRetentionEnum } from "./PromptCacheRetentionEnum.ts"
import type { ServiceTierEnum } from "./ServiceTierEnum.ts"

export interface CompactResponseMethodPublicBody {
  readonly model: ModelIdsCompaction
  readonly input?: string | ReadonlyArray<InputItem> | null | undefined
  readonly previous_response_id?: string | null | undefined
  readonly instructions?: string | null | undefined
  /** @maxLength 64 */
  readonly prompt_cache_key?: string | null | undefined
  readonly prompt_cache_retention?: PromptCacheRetentionEnum | null | undefined
  readonly prompt_cache_options?: PromptCacheOptionsParam | null | undefined
  readonly service_tier?: ServiceTierEnum | null | undefined
}
