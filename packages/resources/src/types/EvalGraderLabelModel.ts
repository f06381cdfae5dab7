/**
 * The `EvalGraderLabelModel` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { GraderLabelModel } from "./GraderLabelModel.ts"

export interface EvalGraderLabelModel extends GraderLabelModel {}
