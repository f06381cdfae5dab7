/**
 * The `models` resource of the OpenAI API: `retrieve`, `list`, `listPage`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/models
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { DeleteModelResponse } from "./types/DeleteModelResponse.ts"
import type { Model } from "./types/Model.ts"

/**
 * The official SDK's name for {@link DeleteModelResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ModelDeleted = DeleteModelResponse

/**
 * `GET /models/{model}`.
 *
 * @see https://platform.openai.com/docs/api-reference/models/retrieveModel
 * @example
 * const model = yield* Models.retrieve("gpt-4o-mini")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (model: string, options?: RequestOptions): Effect.Effect<Model, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "retrieveModel", method: "GET", path: Operation.path`/models/${model}` }, options)

/**
 * `GET /models` as a `Stream` of the items of its one page.
 *
 * @see https://platform.openai.com/docs/api-reference/models/listModels
 * @example
 * const items = yield* Models.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (options?: RequestOptions): Stream.Stream<Model, OpenAIError, OpenAIClient> =>
  Operation.list("single", { operationId: "listModels", method: "GET", path: "/models" }, options)

/**
 * `GET /models`: the one page of items.
 *
 * @see https://platform.openai.com/docs/api-reference/models/listModels
 * @example
 * const page = yield* Models.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (options?: RequestOptions): Effect.Effect<Page<Model>, OpenAIError, OpenAIClient> =>
  Operation.page("single", { operationId: "listModels", method: "GET", path: "/models" }, options)

/**
 * `DELETE /models/{model}`.
 *
 * @see https://platform.openai.com/docs/api-reference/models/deleteModel
 * @example
 * const modelDeleted = yield* Models.delete("ft:gpt-4o-mini:acemeco:suffix:abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  model: string,
  options?: RequestOptions
): Effect.Effect<ModelDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "deleteModel", method: "DELETE", path: Operation.path`/models/${model}` }, options)

export { delete_ as delete }
