/**
 * The `FineTuneReinforcementMethod` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FineTuneReinforcementHyperparameters } from "./FineTuneReinforcementHyperparameters.ts"
import type { GraderMulti } from "./GraderMulti.ts"
import type { GraderPython } from "./GraderPython.ts"
import type { GraderScoreModel } from "./GraderScoreModel.ts"
import type { GraderStringCheck } from "./GraderStringCheck.ts"
import type { GraderTextSimilarity } from "./GraderTextSimilarity.ts"

export interface FineTuneReinforcementMethod {
  readonly grader: GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderMulti
  readonly hyperparameters?: FineTuneReinforcementHyperparameters | undefined
}
