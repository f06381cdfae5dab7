/**
 * The `admin.organization.groups` resource of the OpenAI API: `create`, `retrieve`, `update`,
 * `list`, `listPage`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/administration
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateGroupBody } from "./types/CreateGroupBody.ts"
import type { GroupDeletedResource } from "./types/GroupDeletedResource.ts"
import type { GroupResourceWithSuccess } from "./types/GroupResourceWithSuccess.ts"
import type { GroupResponse } from "./types/GroupResponse.ts"
import type { UpdateGroupBody } from "./types/UpdateGroupBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateGroupBody

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateGroupBody

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /**
   * @default 100
   * @minimum 0
   * @maximum 1000
   */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * The official SDK's name for {@link GroupResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type Group = GroupResponse

/**
 * The official SDK's name for {@link GroupResourceWithSuccess}.
 *
 * @category models
 * @since 0.1.0
 */
export type GroupUpdateResponse = GroupResourceWithSuccess

/**
 * The official SDK's name for {@link GroupDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type GroupDeleteResponse = GroupDeletedResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type GroupCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type GroupUpdateParams = UpdateParams

/**
 * `POST /organization/groups`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-group
 * @example
 * const group = yield* AdminOrganizationGroups.create({ name: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Group, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-group",
    method: "POST",
    path: "/organization/groups",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-group
 * @example
 * const group = yield* AdminOrganizationGroups.retrieve("group_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (groupId: string, options?: RequestOptions): Effect.Effect<Group, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-group",
    method: "GET",
    path: Operation.path`/organization/groups/${groupId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/groups/{group_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-group
 * @example
 * const groupUpdateResponse = yield* AdminOrganizationGroups.update("group_abc123", { name: "example" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  groupId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<GroupUpdateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-group",
    method: "POST",
    path: Operation.path`/organization/groups/${groupId}`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-groups
 * @example
 * const items = yield* AdminOrganizationGroups.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (params?: ListParams, options?: RequestOptions): Stream.Stream<Group, OpenAIError, OpenAIClient> =>
  Operation.list("nextCursor", {
    operationId: "list-groups",
    method: "GET",
    path: "/organization/groups",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-groups
 * @example
 * const page = yield* AdminOrganizationGroups.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Group>, OpenAIError, OpenAIClient> =>
  Operation.page("nextCursor", {
    operationId: "list-groups",
    method: "GET",
    path: "/organization/groups",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/groups/{group_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-group
 * @example
 * const groupDeleteResponse = yield* AdminOrganizationGroups.delete("group_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  groupId: string,
  options?: RequestOptions
): Effect.Effect<GroupDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-group",
    method: "DELETE",
    path: Operation.path`/organization/groups/${groupId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
