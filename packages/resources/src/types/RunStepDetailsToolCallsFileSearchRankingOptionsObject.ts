/**
 * The `RunStepDetailsToolCallsFileSearchRankingOptionsObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FileSearchRanker } from "./FileSearchRanker.ts"

export interface RunStepDetailsToolCallsFileSearchRankingOptionsObject {
  readonly ranker: FileSearchRanker
  /**
   * @minimum 0
   * @maximum 1
   */
  readonly score_threshold: number
}
