/**
 * The `CreateEvalLabelModelGrader` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CreateEvalItem } from "./CreateEvalItem.ts"

export interface CreateEvalLabelModelGrader {
  readonly type: "label_model"
  readonly name: string
  readonly model: string
  readonly input: ReadonlyArray<CreateEvalItem>
  readonly labels: ReadonlyArray<string>
  readonly passing_labels: ReadonlyArray<string>
}
