/**
 * The `EvalGraderStringCheck` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GraderStringCheck } from "./GraderStringCheck.ts"

export interface EvalGraderStringCheck extends GraderStringCheck {}
