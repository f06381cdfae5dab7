/**
 * The `responses.inputItems` resource of the OpenAI API: `list`, `listPage`.
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
import type { IncludeEnum } from "./types/IncludeEnum.ts"
import type { ItemResource } from "./types/ItemResource.ts"

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
  readonly include?: ReadonlyArray<IncludeEnum> | undefined
}

/**
 * `GET /responses/{response_id}/input_items` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/listInputItems
 * @example
 * const items = yield* ResponsesInputItems.list("response_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  responseId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ItemResource, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listInputItems",
    method: "GET",
    path: Operation.path`/responses/${responseId}/input_items`,
    query: params
  }, options)

/**
 * `GET /responses/{response_id}/input_items`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/listInputItems
 * @example
 * const page = yield* ResponsesInputItems.listPage("response_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  responseId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ItemResource>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listInputItems",
    method: "GET",
    path: Operation.path`/responses/${responseId}/input_items`,
    query: params
  }, options)
