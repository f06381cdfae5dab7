/**
 * The `EvalGraderTextSimilarity` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GraderTextSimilarity } from "./GraderTextSimilarity.ts"

export interface EvalGraderTextSimilarity extends GraderTextSimilarity {
  readonly pass_threshold: number
}
