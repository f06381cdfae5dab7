/**
 * The `BetaRankingOptions` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaHybridSearchOptions } from "./BetaHybridSearchOptions.ts"
import type { BetaRankerVersionType } from "./BetaRankerVersionType.ts"

export interface BetaRankingOptions {
  readonly ranker?: BetaRankerVersionType | undefined
  readonly score_threshold?: number | undefined
  readonly hybrid_search?: BetaHybridSearchOptions | undefined
}
