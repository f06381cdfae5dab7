/**
 * The `GraderMulti` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GraderLabelModel } from "./GraderLabelModel.ts"
import type { GraderPython } from "./GraderPython.ts"
import type { GraderScoreModel } from "./GraderScoreModel.ts"
import type { GraderStringCheck } from "./GraderStringCheck.ts"
import type { GraderTextSimilarity } from "./GraderTextSimilarity.ts"

export interface GraderMulti {
  /** @default "multi" */
  readonly type: "multi"
  readonly name: string
  readonly graders: GraderStringCheck | GraderTextSimilarity | GraderPython | GraderScoreModel | GraderLabelModel
  readonly calculate_output: string
}
