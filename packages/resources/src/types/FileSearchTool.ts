/**
 * The `FileSearchTool` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Filters } from "./Filters.ts"
import type { RankingOptions } from "./RankingOptions.ts"

export interface FileSearchTool {
  /** @default "file_search" */
  readonly type: "file_search"
  readonly vector_store_ids: ReadonlyArray<string>
  readonly max_num_results?: number | undefined
  readonly ranking_options?: RankingOptions | undefined
  readonly filters?: Filters | null | undefined
}
