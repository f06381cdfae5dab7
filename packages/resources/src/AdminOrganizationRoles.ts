/**
 * The `admin.organization.roles` resource of the OpenAI API: `create`, `retrieve`, `update`,
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
import type { PublicCreateOrganizationRoleBody } from "./types/PublicCreateOrganizationRoleBody.ts"
import type { PublicUpdateOrganizationRoleBody } from "./types/PublicUpdateOrganizationRoleBody.ts"
import type { Role } from "./types/Role.ts"
import type { RoleDeletedResource } from "./types/RoleDeletedResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = PublicCreateOrganizationRoleBody

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = PublicUpdateOrganizationRoleBody

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /**
   * @default 1000
   * @minimum 0
   * @maximum 1000
   */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
}

/**
 * The official SDK's name for {@link RoleDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type RoleDeleteResponse = RoleDeletedResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleUpdateParams = UpdateParams

/**
 * `POST /organization/roles`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-role
 * @example
 * const role = yield* AdminOrganizationRoles.create({ role_name: "example", permissions: ["example"] })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Role, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-role",
    method: "POST",
    path: "/organization/roles",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-role
 * @example
 * const role = yield* AdminOrganizationRoles.retrieve("role_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (roleId: string, options?: RequestOptions): Effect.Effect<Role, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-role",
    method: "GET",
    path: Operation.path`/organization/roles/${roleId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-role
 * @example
 * const role = yield* AdminOrganizationRoles.update("role_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  roleId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<Role, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-role",
    method: "POST",
    path: Operation.path`/organization/roles/${roleId}`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/roles` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-roles
 * @example
 * const items = yield* AdminOrganizationRoles.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (params?: ListParams, options?: RequestOptions): Stream.Stream<Role, OpenAIError, OpenAIClient> =>
  Operation.list("nextCursor", {
    operationId: "list-roles",
    method: "GET",
    path: "/organization/roles",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/roles`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-roles
 * @example
 * const page = yield* AdminOrganizationRoles.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Role>, OpenAIError, OpenAIClient> =>
  Operation.page("nextCursor", {
    operationId: "list-roles",
    method: "GET",
    path: "/organization/roles",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-role
 * @example
 * const roleDeleteResponse = yield* AdminOrganizationRoles.delete("role_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  roleId: string,
  options?: RequestOptions
): Effect.Effect<RoleDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-role",
    method: "DELETE",
    path: Operation.path`/organization/roles/${roleId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
