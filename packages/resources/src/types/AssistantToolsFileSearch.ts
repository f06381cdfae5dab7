/**
 * The `AssistantToolsFileSearch` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileSearchRankingOptions } from "./FileSearchRankingOptions.ts"

export interface AssistantToolsFileSearch {
  readonly type: "file_search"
  readonly file_search?: {
    /**
     * @minimum 1
     * @maximum 50
     */
    readonly max_num_results?: number | undefined
    readonly ranking_options?: FileSearchRankingOptions | undefined
  } | undefined
}
