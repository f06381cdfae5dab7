/**
 * The `evals` resource of the OpenAI API: `create`, `retrieve`, `update`, `list`, `listPage`,
 * `delete`.
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
import type { CreateEvalRequest } from "./types/CreateEvalRequest.ts"
import type { Eval } from "./types/Eval.ts"
import type { Metadata } from "./types/Metadata.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateEvalRequest

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateParams {
  readonly name?: string | undefined
  readonly metadata?: Metadata | undefined
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
  /** @default "created_at" */
  readonly order_by?: "created_at" | "updated_at" | undefined
}

/**
 * The official SDK's name for {@link Eval}.
 *
 * @category models
 * @since 0.1.0
 */
export type EvalCreateResponse = Eval

/**
 * The official SDK's name for {@link Eval}.
 *
 * @category models
 * @since 0.1.0
 */
export type EvalRetrieveResponse = Eval

/**
 * The official SDK's name for {@link Eval}.
 *
 * @category models
 * @since 0.1.0
 */
export type EvalUpdateResponse = Eval

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type EvalCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type EvalUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link EvalGraderStringCheck}.
 *
 * @category params
 * @since 0.1.0
 */
export type StringCheckGrader = import("./types/EvalGraderStringCheck.ts").EvalGraderStringCheck

/**
 * `POST /evals`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/post
 * @example
 * const evalCreateResponse = yield* Evals.create({
 *   data_source_config: { type: "logs" },
 *   testing_criteria: [{ type: "python", name: "example", source: "example" }]
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<EvalCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createEval", method: "POST", path: "/evals", body: params }, options)

/**
 * `GET /evals/{eval_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/get
 * @example
 * const evalRetrieveResponse = yield* Evals.retrieve("eval_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  evalId: string,
  options?: RequestOptions
): Effect.Effect<EvalCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "getEval", method: "GET", path: Operation.path`/evals/${evalId}` }, options)

/**
 * `POST /evals/{eval_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/update
 * @example
 * const evalUpdateResponse = yield* Evals.update("eval_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  evalId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<EvalCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "updateEval", method: "POST", path: Operation.path`/evals/${evalId}`, body: params },
    options
  )

/**
 * `GET /evals` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/list
 * @example
 * const items = yield* Evals.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<EvalCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", { operationId: "listEvals", method: "GET", path: "/evals", query: params }, options)

/**
 * `GET /evals`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/list
 * @example
 * const page = yield* Evals.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<EvalCreateResponse>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", { operationId: "listEvals", method: "GET", path: "/evals", query: params }, options)

/**
 * `DELETE /evals/{eval_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/evals/deleteEval
 * @example
 * const evalDeleteResponse = yield* Evals.delete("eval_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  evalId: string,
  options?: RequestOptions
): Effect.Effect<
  {
    readonly object: string
    readonly deleted: boolean
    readonly eval_id: string
  },
  OpenAIError,
  OpenAIClient
> => Operation.json({ operationId: "deleteEval", method: "DELETE", path: Operation.path`/evals/${evalId}` }, options)

export { delete_ as delete }
