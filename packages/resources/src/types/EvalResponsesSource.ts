/**
 * The `EvalResponsesSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ReasoningEffort } from "./ReasoningEffort.ts"

export interface EvalResponsesSource {
  readonly type: "responses"
  readonly metadata?: { readonly [key: string]: unknown } | null | undefined
  readonly model?: string | null | undefined
  readonly instructions_search?: string | null | undefined
  /** @minimum 0 */
  readonly created_after?: number | null | undefined
  /** @minimum 0 */
  readonly created_before?: number | null | undefined
  readonly reasoning_effort?: ReasoningEffort | null | undefined
  readonly temperature?: number | null | undefined
  readonly top_p?: number | null | undefined
  readonly users?: ReadonlyArray<string> | null | undefined
  readonly tools?: ReadonlyArray<string> | null | undefined
}
