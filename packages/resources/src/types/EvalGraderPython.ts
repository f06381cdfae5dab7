/**
 * The `EvalGraderPython` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GraderPython } from "./GraderPython.ts"

export interface EvalGraderPython extends GraderPython {
  readonly pass_threshold?: number | undefined
}
