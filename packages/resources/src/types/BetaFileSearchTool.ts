/**
 * The `BetaFileSearchTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaFilters } from "./BetaFilters.ts"
import type { BetaRankingOptions } from "./BetaRankingOptions.ts"

export interface BetaFileSearchTool {
  /** @default "file_search" */
  readonly type: "file_search"
  readonly vector_store_ids: ReadonlyArray<string>
  readonly max_num_results?: number | undefined
  readonly ranking_options?: BetaRankingOptions | undefined
  readonly filters?: BetaFilters | null | undefined
}
