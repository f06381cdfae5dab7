/**
 * The `EvalStoredCompletionsSource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Metadata } from "./Metadata.ts"

export interface EvalStoredCompletionsSource {
  /** @default "stored_completions" */
  readonly type: "stored_completions"
  readonly metadata?: Metadata | undefined
  readonly model?: string | null | undefined
  readonly created_after?: number | null | undefined
  readonly created_before?: number | null | undefined
  readonly limit?: number | null | undefined
}
