/**
 * The `beta.responses.inputItems` resource of the OpenAI API: `list`, `listPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/responses
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { BetaIncludeEnum } from "./types/BetaIncludeEnum.ts"
import type { BetaItemResource } from "./types/BetaItemResource.ts"

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly include?: ReadonlyArray<BetaIncludeEnum> | undefined
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

/**
 * `GET /responses/{response_id}/input_items?beta=true` as a `Stream` of items, fetching pages as they
 * are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_listInputItems
 * @example
 * const items = yield* BetaResponsesInputItems.list("response_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  responseId: string,
  params: ListParams = {},
  options?: RequestOptions
): Stream.Stream<BetaItemResource, OpenAIError, OpenAIClient> => {
  const { betas, ...query } = params
  return Operation.list("cursor", {
    operationId: "beta_listInputItems",
    method: "GET",
    path: Operation.path`/responses/${responseId}/input_items`,
    query: { ...query, beta: "true" },
    beta: betas?.join(",")
  }, options)
}

/**
 * `GET /responses/{response_id}/input_items?beta=true`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_listInputItems
 * @example
 * const page = yield* BetaResponsesInputItems.listPage("response_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  responseId: string,
  params: ListParams = {},
  options?: RequestOptions
): Effect.Effect<Page<BetaItemResource>, OpenAIError, OpenAIClient> => {
  const { betas, ...query } = params
  return Operation.page("cursor", {
    operationId: "beta_listInputItems",
    method: "GET",
    path: Operation.path`/responses/${responseId}/input_items`,
    query: { ...query, beta: "true" },
    beta: betas?.join(",")
  }, options)
}
