/**
 * The `admin.organization.users` resource of the OpenAI API: `retrieve`, `update`, `list`,
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
import type { User } from "./types/User.ts"
import type { UserDeleteResponse } from "./types/UserDeleteResponse.ts"
import type { UserRoleUpdateRequest } from "./types/UserRoleUpdateRequest.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UserRoleUpdateRequest

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  readonly emails?: ReadonlyArray<string> | undefined
}

/**
 * The official SDK's name for {@link User}.
 *
 * @category models
 * @since 0.1.0
 */
export type OrganizationUser = User

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UserUpdateParams = UpdateParams

/**
 * `GET /organization/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-user
 * @example
 * const organizationUser = yield* AdminOrganizationUsers.retrieve("user_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  userId: string,
  options?: RequestOptions
): Effect.Effect<OrganizationUser, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-user",
    method: "GET",
    path: Operation.path`/organization/users/${userId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/modify-user
 * @example
 * const organizationUser = yield* AdminOrganizationUsers.update("user_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  userId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<OrganizationUser, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "modify-user",
    method: "POST",
    path: Operation.path`/organization/users/${userId}`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/users` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-users
 * @example
 * const items = yield* AdminOrganizationUsers.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<OrganizationUser, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-users",
    method: "GET",
    path: "/organization/users",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/users`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-users
 * @example
 * const page = yield* AdminOrganizationUsers.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationUser>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-users",
    method: "GET",
    path: "/organization/users",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-user
 * @example
 * const userDeleteResponse = yield* AdminOrganizationUsers.delete("user_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  userId: string,
  options?: RequestOptions
): Effect.Effect<UserDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-user",
    method: "DELETE",
    path: Operation.path`/organization/users/${userId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
