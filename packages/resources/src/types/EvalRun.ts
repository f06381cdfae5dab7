/**
 * The `EvalRun` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CreateEvalCompletionsRunDataSource } from "./CreateEvalCompletionsRunDataSource.ts"
import type { CreateEvalJsonlRunDataSource } from "./CreateEvalJsonlRunDataSource.ts"
import type { CreateEvalResponsesRunDataSource } from "./CreateEvalResponsesRunDataSource.ts"
import type { EvalApiError } from "./EvalApiError.ts"
import type { Metadata } from "./Metadata.ts"

export interface EvalRun {
  /** @default "eval.run" */
  readonly object: "eval.run"
  readonly id: string
  readonly eval_id: string
  readonly status: string
  readonly model: string
  readonly name: string
  /** @format unixtime */
  readonly created_at: number
  /** @format uri */
  readonly report_url: string
  readonly result_counts: {
    readonly total: number
    readonly errored: number
    readonly failed: number
    readonly passed: number
  }
  readonly per_model_usage: ReadonlyArray<{
    readonly model_name: string
    readonly invocation_count: number
    readonly prompt_tokens: number
    readonly completion_tokens: number
    readonly total_tokens: number
    readonly cached_tokens: number
  }>
  readonly per_testing_criteria_results: ReadonlyArray<{
    readonly testing_criteria: string
    readonly passed: number
    readonly failed: number
  }>
  readonly data_source:
    | CreateEvalJsonlRunDataSource
    | CreateEvalCompletionsRunDataSource
    | CreateEvalResponsesRunDataSource
  readonly metadata: Metadata
  readonly error: EvalApiError
}
