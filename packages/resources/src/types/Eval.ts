/**
 * The `Eval` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalCustomDataSourceConfig } from "./EvalCustomDataSourceConfig.ts"
import type { EvalGraderLabelModel } from "./EvalGraderLabelModel.ts"
import type { EvalGraderPython } from "./EvalGraderPython.ts"
import type { EvalGraderScoreModel } from "./EvalGraderScoreModel.ts"
import type { EvalGraderStringCheck } from "./EvalGraderStringCheck.ts"
import type { EvalGraderTextSimilarity } from "./EvalGraderTextSimilarity.ts"
import type { EvalLogsDataSourceConfig } from "./EvalLogsDataSourceConfig.ts"
import type { EvalStoredCompletionsDataSourceConfig } from "./EvalStoredCompletionsDataSourceConfig.ts"
import type { Metadata } from "./Metadata.ts"

export interface Eval {
  /** @default "eval" */
  readonly object: "eval"
  readonly id: string
  readonly name: string
  readonly data_source_config:
    | EvalCustomDataSourceConfig
    | EvalLogsDataSourceConfig
    | EvalStoredCompletionsDataSourceConfig
  readonly testing_criteria: ReadonlyArray<
    EvalGraderLabelModel | EvalGraderStringCheck | EvalGraderTextSimilarity | EvalGraderPython | EvalGraderScoreModel
  >
  /** @format unixtime */
  readonly created_at: number
  readonly metadata: Metadata
}
