/**
 * The `admin.organization.groups.roles` resource of the OpenAI API: `create`, `retrieve`, `list`,
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
import type { AssignedRoleDetails } from "./types/AssignedRoleDetails.ts"
import type { DeletedRoleAssignmentResource } from "./types/DeletedRoleAssignmentResource.ts"
import type { GroupRoleAssignment } from "./types/GroupRoleAssignment.ts"
import type { PublicAssignOrganizationGroupRoleBody } from "./types/PublicAssignOrganizationGroupRoleBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = PublicAssignOrganizationGroupRoleBody

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
   * @minimum 0
   * @maximum 1000
   */
  readonly limit?: number | undefined
  readonly after?: string | undefined
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
 * The official SDK's name for {@link GroupRoleAssignment}.
 *
 * @category models
 * @since 0.1.0
 */
export type RoleCreateResponse = GroupRoleAssignment

/**
 * The official SDK's name for {@link AssignedRoleDetails}.
 *
 * @category models
 * @since 0.1.0
 */
export type RoleRetrieveResponse = AssignedRoleDetails

/**
 * The official SDK's name for {@link DeletedRoleAssignmentResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type RoleDeleteResponse = DeletedRoleAssignmentResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleDeleteParams = DeleteParams

/**
 * `POST /organization/groups/{group_id}/roles`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/assign-group-role
 * @example
 * const roleCreateResponse = yield* AdminOrganizationGroupsRoles.create("group_abc123", { role_id: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  groupId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<RoleCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "assign-group-role",
    method: "POST",
    path: Operation.path`/organization/groups/${groupId}/roles`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-group-role
 * @example
 * const roleRetrieveResponse = yield* AdminOrganizationGroupsRoles.retrieve("role_abc123", { group_id: "group_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  roleId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<RoleRetrieveResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-group-role",
    method: "GET",
    path: Operation.path`/organization/groups/${params.group_id}/roles/${roleId}`,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}/roles` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-group-role-assignments
 * @example
 * const items = yield* AdminOrganizationGroupsRoles.list("group_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  groupId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<RoleRetrieveResponse, OpenAIError, OpenAIClient> =>
  Operation.list("nextCursor", {
    operationId: "list-group-role-assignments",
    method: "GET",
    path: Operation.path`/organization/groups/${groupId}/roles`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/groups/{group_id}/roles`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-group-role-assignments
 * @example
 * const page = yield* AdminOrganizationGroupsRoles.listPage("group_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  groupId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<RoleRetrieveResponse>, OpenAIError, OpenAIClient> =>
  Operation.page("nextCursor", {
    operationId: "list-group-role-assignments",
    method: "GET",
    path: Operation.path`/organization/groups/${groupId}/roles`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/groups/{group_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/unassign-group-role
 * @example
 * const roleDeleteResponse = yield* AdminOrganizationGroupsRoles.delete("role_abc123", { group_id: "group_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  roleId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<RoleDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "unassign-group-role",
    method: "DELETE",
    path: Operation.path`/organization/groups/${params.group_id}/roles/${roleId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
