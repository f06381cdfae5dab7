/**
 * The `fineTuning.jobs.checkpoints` resource of the OpenAI API: `list`, `listPage`.
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
import type { FineTuningJobCheckpoint } from "./types/FineTuningJobCheckpoint.ts"

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly after?: string | undefined
  /** @default 10 */
  readonly limit?: number | undefined
}

/**
 * `GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints` as a `Stream` of items, fetching pages as
 * they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningJobCheckpoints
 * @example
 * const items = yield* FineTuningJobsCheckpoints.list("ft-AF1WoRqd3aJAHsqc9NY7iL8F").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  fineTuningJobId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<FineTuningJobCheckpoint, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listFineTuningJobCheckpoints",
    method: "GET",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/checkpoints`,
    query: params
  }, options)

/**
 * `GET /fine_tuning/jobs/{fine_tuning_job_id}/checkpoints`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningJobCheckpoints
 * @example
 * const page = yield* FineTuningJobsCheckpoints.listPage("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  fineTuningJobId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<FineTuningJobCheckpoint>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listFineTuningJobCheckpoints",
    method: "GET",
    path: Operation.path`/fine_tuning/jobs/${fineTuningJobId}/checkpoints`,
    query: params
  }, options)
