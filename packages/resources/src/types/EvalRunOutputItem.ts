/**
 * The `EvalRunOutputItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { EvalApiError } from "./EvalApiError.ts"
import type { EvalRunOutputItemResult } from "./EvalRunOutputItemResult.ts"

export interface EvalRunOutputItem {
  /** @default "eval.run.output_item" */
  readonly object: "eval.run.output_item"
  readonly id: string
  readonly run_id: string
  readonly eval_id: string
  /** @format unixtime */
  readonly created_at: number
  readonly status: string
  readonly datasource_item_id: number
  readonly datasource_item: { readonly [key: string]: unknown }
  readonly results: ReadonlyArray<EvalRunOutputItemResult>
  readonly sample: {
    readonly input: ReadonlyArray<{
      readonly role: string
      readonly content: string
    }>
    readonly output: ReadonlyArray<{
      readonly role?: string | undefined
      readonly content?: string | undefined
    }>
    readonly finish_reason: string
    readonly model: string
    readonly usage: {
      readonly total_tokens: number
      readonly completion_tokens: number
      readonly prompt_tokens: number
      readonly cached_tokens: number
    }
    readonly error: EvalApiError
    readonly temperature: number
    readonly max_completion_tokens: number
    readonly top_p: number
    readonly seed: number
  }
}
