/**
 * The `evals.runs` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`, `delete`,
 * `cancel`.
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
import type { CreateEvalRunRequest } from "./types/CreateEvalRunRequest.ts"
import type { EvalRun } from "./types/EvalRun.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateEvalRunRequest

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly eval_id: string
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
  readonly status?: "queued" | "in_progress" | "completed" | "canceled" | "failed" | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly eval_id: string
}

/**
 * The parameters of {@link cancel}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CancelParams {
  readonly eval_id: string
}

/**
 * The official SDK's name for {@link EvalRun}.
 *
 * @category models
 * @since 0.1.0
 */
export type RunCreateResponse = EvalRun

/**
 * The official SDK's name for {@link EvalRun}.
 *
 * @category models
 * @since 0.1.0
 */
export type RunRetrieveResponse = EvalRun

/**
 * The official SDK's name for {@link EvalRun}.
 *
 * @category models
 * @since 0.1.0
 */
export type RunCancelResponse = EvalRun

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunDeleteParams = DeleteParams

/**
 * The official SDK's name for {@link CancelParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunCancelParams = CancelParams

/**
 * The official SDK's name for {@link CreateEvalJsonlRunDataSource}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateEvalJSONLRunDataSource =
  import("./types/CreateEvalJsonlRunDataSource.ts").CreateEvalJsonlRunDataSource

/**
 * The official SDK's name for {@link CreateEvalCompletionsRunDataSource}.
 *
 * @category params
 * @since 0.1.0
 */
export type { CreateEvalCompletionsRunDataSource } from "./types/CreateEvalCompletionsRunDataSource.ts"

/**
 * `POST /evals/{eval_id}/runs`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/createEvalRun
 * @example
 * const runCreateResponse = yield* EvalsRuns.create("eval_abc123", {
 *   data_source: { type: "jsonl", source: { type: "file_content", content: [{ item: {} }] } }
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  evalId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<RunCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createEvalRun",
    method: "POST",
    path: Operation.path`/evals/${evalId}/runs`,
    body: params
  }, options)

/**
 * `GET /evals/{eval_id}/runs/{run_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get
 * @example
 * const runRetrieveResponse = yield* EvalsRuns.retrieve("run_abc123", { eval_id: "eval_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  runId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<RunCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getEvalRun",
    method: "GET",
    path: Operation.path`/evals/${params.eval_id}/runs/${runId}`
  }, options)

/**
 * `GET /evals/{eval_id}/runs` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get-runs
 * @example
 * const items = yield* EvalsRuns.list("eval_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  evalId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<RunCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "getEvalRuns",
    method: "GET",
    path: Operation.path`/evals/${evalId}/runs`,
    query: params
  }, options)

/**
 * `GET /evals/{eval_id}/runs`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get-runs
 * @example
 * const page = yield* EvalsRuns.listPage("eval_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  evalId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<RunCreateResponse>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "getEvalRuns",
    method: "GET",
    path: Operation.path`/evals/${evalId}/runs`,
    query: params
  }, options)

/**
 * `DELETE /evals/{eval_id}/runs/{run_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/delete
 * @example
 * const runDeleteResponse = yield* EvalsRuns.delete("run_abc123", { eval_id: "eval_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  runId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<
  {
    readonly object?: string | undefined
    readonly deleted?: boolean | undefined
    readonly run_id?: string | undefined
  },
  OpenAIError,
  OpenAIClient
> =>
  Operation.json({
    operationId: "deleteEvalRun",
    method: "DELETE",
    path: Operation.path`/evals/${params.eval_id}/runs/${runId}`
  }, options)

/**
 * `POST /evals/{eval_id}/runs/{run_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/post
 * @example
 * const runCancelResponse = yield* EvalsRuns.cancel("run_abc123", { eval_id: "eval_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  runId: string,
  params: CancelParams,
  options?: RequestOptions
): Effect.Effect<RunCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "cancelEvalRun",
    method: "POST",
    path: Operation.path`/evals/${params.eval_id}/runs/${runId}`
  }, options)

export { delete_ as delete }
