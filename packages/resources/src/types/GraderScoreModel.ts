/**
 * The `GraderScoreModel` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalItem } from "./EvalItem.ts"
import type { ReasoningEffort } from "./ReasoningEffort.ts"

export interface GraderScoreModel {
  readonly type: "score_model"
  readonly name: string
  readonly model: string
  readonly sampling_params?: {
    readonly seed?: number | null | undefined
    /** @default 1 */
    readonly top_p?: number | null | undefined
    readonly temperature?: number | null | undefined
    /** @minimum 1 */
    readonly max_completions_tokens?: number | null | undefined
    readonly reasoning_effort?: ReasoningEffort | undefined
  } | undefined
  readonly input: ReadonlyArray<EvalItem>
  readonly range?: ReadonlyArray<number> | undefined
}
