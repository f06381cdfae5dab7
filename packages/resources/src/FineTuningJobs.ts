/**
 * The `fineTuning.jobs` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`,
 * `cancel`, `listEvents`, `listEventsPage`, `pause`, `resume`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateFineTuningJobRequest } from "./types/CreateFineTuningJobRequest.ts"
import type { FineTuningJob } from "./types/FineTuningJob.ts"
import type { FineTuningJobEvent } from "./types/FineTuningJobEvent.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateFineTuningJobRequest

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
  readonly metadata?: { readonly [key: string]: string } | null | undefined
}

/**
 * The parameters of {@link listEvents}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListEventsParams {
  readonly after?: string | undefined
  /** @default 20 */
  readonly limit?: number | undefined
}

/**
 * `POST /fine_tuning/jobs`.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/createFineTuningJob
 * @example
 * const fineTuningJob = yield* FineTuningJobs.create({ model: "babbage-002", training_file: "file-abc123" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<FineTuningJob, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "createFineTuningJob", method: "POST", path: "/fine_tuning/jobs", body: params },
    options
  )

/**
 * `GET /fine_tuning/jobs/{fine_tuning_job_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/retrieveFineTuningJob
 * @example
 * const fineTuningJob = yield* FineTuningJobs.retrieve("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  fineTuningJobId: string,
  options?: RequestOptions
): Effect.Effect<FineTuningJob, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieveFineTuningJob",
    method: "GET",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}`
  }, options)

/**
 * `GET /fine_tuning/jobs` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listPaginatedFineTuningJobs
 * @example
 * const items = yield* FineTuningJobs.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<FineTuningJob, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listPaginatedFineTuningJobs",
    method: "GET",
    path: "/fine_tuning/jobs",
    query: params
  }, options)

/**
 * `GET /fine_tuning/jobs`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listPaginatedFineTuningJobs
 * @example
 * const page = yield* FineTuningJobs.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<FineTuningJob>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listPaginatedFineTuningJobs",
    method: "GET",
    path: "/fine_tuning/jobs",
    query: params
  }, options)

/**
 * `POST /fine_tuning/jobs/{fine_tuning_job_id}/cancel`.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/cancelFineTuningJob
 * @example
 * const fineTuningJob = yield* FineTuningJobs.cancel("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  fineTuningJobId: string,
  options?: RequestOptions
): Effect.Effect<FineTuningJob, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "cancelFineTuningJob",
    method: "POST",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/cancel`
  }, options)

/**
 * `GET /fine_tuning/jobs/{fine_tuning_job_id}/events` as a `Stream` of items, fetching pages as they
 * are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningEvents
 * @example
 * const items = yield* FineTuningJobs.listEvents("ft-AF1WoRqd3aJAHsqc9NY7iL8F").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const listEvents = (
  fineTuningJobId: string,
  params?: ListEventsParams,
  options?: RequestOptions
): Stream.Stream<FineTuningJobEvent, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listFineTuningEvents",
    method: "GET",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/events`,
    query: params
  }, options)

/**
 * `GET /fine_tuning/jobs/{fine_tuning_job_id}/events`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningEvents
 * @example
 * const page = yield* FineTuningJobs.listEventsPage("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const listEventsPage = (
  fineTuningJobId: string,
  params?: ListEventsParams,
  options?: RequestOptions
): Effect.Effect<Page<FineTuningJobEvent>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listFineTuningEvents",
    method: "GET",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/events`,
    query: params
  }, options)

/**
 * `POST /fine_tuning/jobs/{fine_tuning_job_id}/pause`.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/pauseFineTuningJob
 * @example
 * const fineTuningJob = yield* FineTuningJobs.pause("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const pause = (
  fineTuningJobId: string,
  options?: RequestOptions
): Effect.Effect<FineTuningJob, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "pauseFineTuningJob",
    method: "POST",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/pause`
  }, options)

/**
 * `POST /fine_tuning/jobs/{fine_tuning_job_id}/resume`.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/resumeFineTuningJob
 * @example
 * const fineTuningJob = yield* FineTuningJobs.resume("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const resume = (
  fineTuningJobId: string,
  options?: RequestOptions
): Effect.Effect<FineTuningJob, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "resumeFineTuningJob",
    method: "POST",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/resume`
  }, options)
