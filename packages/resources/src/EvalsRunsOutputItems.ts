/**
 * The `evals.runs.outputItems` resource of the OpenAI API: `retrieve`, `list`, `listPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/evals
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { EvalRunOutputItem } from "./types/EvalRunOutputItem.ts"

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly eval_id: string
  readonly run_id: string
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly eval_id: string
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
  readonly status?: "fail" | "pass" | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * The official SDK's name for {@link EvalRunOutputItem}.
 *
 * @category models
 * @since 0.1.0
 */
export type OutputItemRetrieveResponse = EvalRunOutputItem

/**
 * `GET /evals/{eval_id}/runs/{run_id}/output_items/{output_item_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get
 * @example
 * const outputItemRetrieveResponse = yield* EvalsRunsOutputItems.retrieve("output_item_abc123", {
 *   eval_id: "eval_abc123",
 *   run_id: "run_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  outputItemId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<OutputItemRetrieveResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getEvalRunOutputItem",
    method: "GET",
    path: Operation.path`/evals/${params.eval_id}/runs/${params.run_id}/output_items/${outputItemId}`
  }, options)

/**
 * `GET /evals/{eval_id}/runs/{run_id}/output_items` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get
 * @example
 * const items = yield* EvalsRunsOutputItems.list("run_abc123", { eval_id: "eval_abc123" }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  runId: string,
  params: ListParams,
  options?: RequestOptions
): Stream.Stream<OutputItemRetrieveResponse, OpenAIError, OpenAIClient> => {
  const { eval_id, ...query } = params
  return Operation.list("cursor", {
    operationId: "getEvalRunOutputItems",
    method: "GET",
    path: Operation.path`/evals/${eval_id}/runs/${runId}/output_items`,
    query
  }, options)
}

/**
 * `GET /evals/{eval_id}/runs/{run_id}/output_items`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get
 * @example
 * const page = yield* EvalsRunsOutputItems.listPage("run_abc123", { eval_id: "eval_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  runId: string,
  params: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<OutputItemRetrieveResponse>, OpenAIError, OpenAIClient> => {
  const { eval_id, ...query } = params
  return Operation.page("cursor", {
    operationId: "getEvalRunOutputItems",
    method: "GET",
    path: Operation.path`/evals/${eval_id}/runs/${runId}/output_items`,
    query
  }, options)
}
