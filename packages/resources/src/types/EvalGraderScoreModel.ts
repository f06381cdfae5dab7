/**
 * The `EvalGraderScoreModel` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GraderScoreModel } from "./GraderScoreModel.ts"

export interface EvalGraderScoreModel extends GraderScoreModel {
  readonly pass_threshold?: number | undefined
}
