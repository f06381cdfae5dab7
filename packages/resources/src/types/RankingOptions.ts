/**
 * The `RankingOptions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { HybridSearchOptions } from "./HybridSearchOptions.ts"
import type { RankerVersionType } from "./RankerVersionType.ts"

export interface RankingOptions {
  readonly ranker?: RankerVersionType | undefined
  readonly score_threshold?: number | undefined
  readonly hybrid_search?: HybridSearchOptions | undefined
}
