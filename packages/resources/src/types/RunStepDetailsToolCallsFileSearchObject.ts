/**
 * The `RunStepDetailsToolCallsFileSearchObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDetailsToolCallsFileSearchRankingOptionsObject } from "./RunStepDetailsToolCallsFileSearchRankingOptionsObject.ts"
import type { RunStepDetailsToolCallsFileSearchResultObject } from "./RunStepDetailsToolCallsFileSearchResultObject.ts"

export interface RunStepDetailsToolCallsFileSearchObject {
  readonly id: string
  readonly type: "file_search"
  readonly file_search: {
    readonly ranking_options?: RunStepDetailsToolCallsFileSearchRankingOptionsObject | undefined
    readonly results?: ReadonlyArray<RunStepDetailsToolCallsFileSearchResultObject> | undefined
  }
}
