/**
 * The `fineTuning.checkpoints.permissions` resource of the OpenAI API: `create`, `createPage`,
 * `retrieve`, `list`, `listPage`, `delete`.
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
import type { CreateFineTuningCheckpointPermissionRequest } from "./types/CreateFineTuningCheckpointPermissionRequest.ts"
import type { DeleteFineTuningCheckpointPermissionResponse } from "./types/DeleteFineTuningCheckpointPermissionResponse.ts"
import type { FineTuningCheckpointPermission } from "./types/FineTuningCheckpointPermission.ts"
import type { ListFineTuningCheckpointPermissionResponse } from "./types/ListFineTuningCheckpointPermissionResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateFineTuningCheckpointPermissionRequest

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly project_id?: string | undefined
  readonly after?: string | undefined
  /** @default 10 */
  readonly limit?: number | undefined
  /** @default "descending" */
  readonly order?: "ascending" | "descending" | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly project_id?: string | undefined
  readonly after?: string | undefined
  /** @default 10 */
  readonly limit?: number | undefined
  /** @default "descending" */
  readonly order?: "ascending" | "descending" | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly fine_tuned_model_checkpoint: string
}

/**
 * The official SDK's name for {@link ListFineTuningCheckpointPermissionResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type PermissionRetrieveResponse = ListFineTuningCheckpointPermissionResponse

/**
 * The official SDK's name for {@link DeleteFineTuningCheckpointPermissionResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type PermissionDeleteResponse = DeleteFineTuningCheckpointPermissionResponse

/**
 * `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions` as a `Stream` of the items
 * of its one page.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/createFineTuningCheckpointPermission
 * @example
 * const items = yield* FineTuningCheckpointsPermissions.create("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", {
 *   project_ids: ["example"]
 * }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const create = (
  fineTunedModelCheckpoint: string,
  params: CreateParams,
  options?: RequestOptions
): Stream.Stream<FineTuningCheckpointPermission, OpenAIError, OpenAIClient> =>
  Operation.list("single", {
    operationId: "createFineTuningCheckpointPermission",
    method: "POST",
    path: Operation.path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `POST /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`: the one page of items.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/createFineTuningCheckpointPermission
 * @example
 * const page = yield* FineTuningCheckpointsPermissions.createPage("ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd", {
 *   project_ids: ["example"]
 * })
 * @category operations
 * @since 0.1.0
 */
export const createPage = (
  fineTunedModelCheckpoint: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Page<FineTuningCheckpointPermission>, OpenAIError, OpenAIClient> =>
  Operation.page("single", {
    operationId: "createFineTuningCheckpointPermission",
    method: "POST",
    path: Operation.path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningCheckpointPermissions
 * @example
 * const permissionRetrieveResponse = yield* FineTuningCheckpointsPermissions.retrieve("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  fineTunedModelCheckpoint: string,
  params?: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<PermissionRetrieveResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "listFineTuningCheckpointPermissions",
    method: "GET",
    path: Operation.path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions` as a `Stream` of items,
 * fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningCheckpointPermissions
 * @example
 * const items = yield* FineTuningCheckpointsPermissions.list("ft-AF1WoRqd3aJAHsqc9NY7iL8F").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  fineTunedModelCheckpoint: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<FineTuningCheckpointPermission, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "listFineTuningCheckpointPermissions",
    method: "GET",
    path: Operation.path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions`: one page, with the cursor
 * to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/listFineTuningCheckpointPermissions
 * @example
 * const page = yield* FineTuningCheckpointsPermissions.listPage("ft-AF1WoRqd3aJAHsqc9NY7iL8F")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  fineTunedModelCheckpoint: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<FineTuningCheckpointPermission>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "listFineTuningCheckpointPermissions",
    method: "GET",
    path: Operation.path`/fine_tuning/checkpoints/${fineTunedModelCheckpoint}/permissions`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /fine_tuning/checkpoints/{fine_tuned_model_checkpoint}/permissions/{permission_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/fine-tuning/deleteFineTuningCheckpointPermission
 * @example
 * const permissionDeleteResponse = yield* FineTuningCheckpointsPermissions.delete("cp_zc4Q7MP6XxulcVzj4MZdwsAB", {
 *   fine_tuned_model_checkpoint: "ft:gpt-4o-mini-2024-07-18:org:weather:B7R9VjQd"
 * })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  permissionId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<PermissionDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteFineTuningCheckpointPermission",
    method: "DELETE",
    path: Operation.path`/fine_tuning/checkpoints/${params.fine_tuned_model_checkpoint}/permissions/${permissionId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
