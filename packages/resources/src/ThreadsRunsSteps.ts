/**
 * The `beta.threads.runs.steps` resource of the OpenAI API: `retrieve`, `list`, `listPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/threads
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { RunStepObject } from "./types/RunStepObject.ts"

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly thread_id: string
  readonly run_id: string
  readonly include?: ReadonlyArray<"step_details.tool_calls[*].file_search.results[*].content"> | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly thread_id: string
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
  readonly include?: ReadonlyArray<"step_details.tool_calls[*].file_search.results[*].content"> | undefined
}

/**
 * The official SDK's name for {@link RunStepObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type RunStep = RunStepObject

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type StepRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link ListParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type StepListParams = ListParams

/**
 * `GET /threads/{thread_id}/runs/{run_id}/steps/{step_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/getRunStep
 * @example
 * const runStep = yield* ThreadsRunsSteps.retrieve("step_abc123", { thread_id: "thread_abc123", run_id: "run_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  stepId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<RunStep, OpenAIError, OpenAIClient> => {
  const { thread_id, run_id, ...query } = params
  return Operation.json({
    operationId: "getRunStep",
    method: "GET",
    path: Operation.path`/threads/${thread_id}/runs/${run_id}/steps/${stepId}`,
    query,
    beta: "assistants=v2"
  }, options)
}

/**
 * `GET /threads/{thread_id}/runs/{run_id}/steps` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/listRunSteps
 * @example
 * const items = yield* ThreadsRunsSteps.list("run_abc123", { thread_id: "thread_abc123" }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  runId: string,
  params: ListParams,
  options?: RequestOptions
): Stream.Stream<RunStep, OpenAIError, OpenAIClient> => {
  const { thread_id, ...query } = params
  return Operation.list("cursor", {
    operationId: "listRunSteps",
    method: "GET",
    path: Operation.path`/threads/${thread_id}/runs/${runId}/steps`,
    query,
    beta: "assistants=v2"
  }, options)
}

/**
 * `GET /threads/{thread_id}/runs/{run_id}/steps`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/listRunSteps
 * @example
 * const page = yield* ThreadsRunsSteps.listPage("run_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  runId: string,
  params: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<RunStep>, OpenAIError, OpenAIClient> => {
  const { thread_id, ...query } = params
  return Operation.page("cursor", {
    operationId: "listRunSteps",
    method: "GET",
    path: Operation.path`/threads/${thread_id}/runs/${runId}/steps`,
    query,
    beta: "assistants=v2"
  }, options)
}
