/**
 * The `CreateEvalRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CreateEvalCustomDataSourceConfig } from "./CreateEvalCustomDataSourceConfig.ts"
import type { CreateEvalLabelModelGrader } from "./CreateEvalLabelModelGrader.ts"
import type { CreateEvalLogsDataSourceConfig } from "./CreateEvalLogsDataSourceConfig.ts"
import type { CreateEvalStoredCompletionsDataSourceConfig } from "./CreateEvalStoredCompletionsDataSourceConfig.ts"
import type { EvalGraderPython } from "./EvalGraderPython.ts"
import type { EvalGraderScoreModel } from "./EvalGraderScoreModel.ts"
import type { EvalGraderStringCheck } from "./EvalGraderStringCheck.ts"
import type { EvalGraderTextSimilarity } from "./EvalGraderTextSimilarity.ts"
import type { Metadata } from "./Metadata.ts"

export interface CreateEvalRequest {
  readonly name?: string | undefined
  readonly metadata?: Metadata | undefined
  readonly data_source_config:
    | CreateEvalCustomDataSourceConfig
    | CreateEvalLogsDataSourceConfig
    | CreateEvalStoredCompletionsDataSourceConfig
  readonly testing_criteria: ReadonlyArray<
    | CreateEvalLabelModelGrader
    | EvalGraderStringCheck
    | EvalGraderTextSimilarity
    | EvalGraderPython
    | EvalGraderScoreModel
  >
}
