/**
 * The `admin.organization.groups.users` resource of the OpenAI API: `create`, `retrieve`, `list`,
 * `listPage`, `delete`.
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
import type { CreateGroupUserBody } from "./types/CreateGroupUserBody.ts"
import type { GroupMemberUser } from "./types/GroupMemberUser.ts"
import type { GroupUser } from "./types/GroupUser.ts"
import type { GroupUserAssignment } from "./types/GroupUserAssignment.ts"
import type { GroupUserDeletedResource } from "./types/GroupUserDeletedResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateGroupUserBody

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly group_id: string
}

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
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly group_id: string
}

/**
 * The official SDK's name for {@link GroupUserAssignment}.
 *
 * @category models
 * @since 0.1.0
 */
export type UserCreateResponse = GroupUserAssignment

/**
 * The official SDK's name for {@link GroupMemberUser}.
 *
 * @category models
 * @since 0.1.0
 */
export type UserRetrieveResponse = GroupMemberUser

/**
 * The official SDK's name for {@link GroupUserDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type UserDeleteResponse = GroupUserDeletedResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UserCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UserRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UserDeleteParams = DeleteParams

/**
 * `POST /organization/groups/{group_id}/users`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/add-group-user
 * @example
 * const userCreateResponse = yield* AdminOrganizationGroupsUsers.create("group_abc123", { user_id: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  groupId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<UserCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "add-group-user",
    method: "POST",
    path: Operation.path`/organization/groups/${groupId}/users`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-group-user
 * @example
 * const userRetrieveResponse = yield* AdminOrganizationGroupsUsers.retrieve("user_abc123", { group_id: "group_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  userId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<UserRetrieveResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-group-user",
    method: "GET",
    path: Operation.path`/organization/groups/${params.group_id}/users/${userId}`,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}/users` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-group-users
 * @example
 * const items = yield* AdminOrganizationGroupsUsers.list("group_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  groupId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<GroupUser, OpenAIError, OpenAIClient> =>
  Operation.list("nextCursor", {
    operationId: "list-group-users",
    method: "GET",
    path: Operation.path`/organization/groups/${groupId}/users`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}/users`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-group-users
 * @example
 * const page = yield* AdminOrganizationGroupsUsers.listPage("group_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  groupId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<GroupUser>, OpenAIError, OpenAIClient> =>
  Operation.page("nextCursor", {
    operationId: "list-group-users",
    method: "GET",
    path: Operation.path`/organization/groups/${groupId}/users`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/groups/{group_id}/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/remove-group-user
 * @example
 * const userDeleteResponse = yield* AdminOrganizationGroupsUsers.delete("user_abc123", { group_id: "group_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  userId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<UserDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "remove-group-user",
    method: "DELETE",
    path: Operation.path`/organization/groups/${params.group_id}/users/${userId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
