/**
 * The `admin.organization.projects.groups.roles` resource of the OpenAI API: `create`, `retrieve`,
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
export interface CreateParams extends PublicAssignOrganizationGroupRoleBody {
  readonly project_id: string
}

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly project_id: string
  readonly group_id: string
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly project_id: string
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
  readonly project_id: string
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
 * The official SDK's name for {@link ListParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleListParams = ListParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleDeleteParams = DeleteParams

/**
 * `POST /projects/{project_id}/groups/{group_id}/roles`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/assign-project-group-role
 * @example
 * const roleCreateResponse = yield* AdminOrganizationProjectsGroupsRoles.create("group_abc123", {
 *   project_id: "project_abc123",
 *   role_id: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  groupId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<RoleCreateResponse, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "assign-project-group-role",
    method: "POST",
    path: Operation.path`/projects/${project_id}/groups/${groupId}/roles`,
    body,
    auth: "admin"
  }, options)
}

/**
 * `GET /projects/{project_id}/groups/{group_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-group-role
 * @example
 * const roleRetrieveResponse = yield* AdminOrganizationProjectsGroupsRoles.retrieve("role_abc123", {
 *   project_id: "project_abc123",
 *   group_id: "group_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  roleId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<RoleRetrieveResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-group-role",
    method: "GET",
    path: Operation.path`/projects/${params.project_id}/groups/${params.group_id}/roles/${roleId}`,
    auth: "admin"
  }, options)

/**
 * `GET /projects/{project_id}/groups/{group_id}/roles` as a `Stream` of items, fetching pages as they
 * are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-group-role-assignments
 * @example
 * const items = yield* AdminOrganizationProjectsGroupsRoles.list("group_abc123", { project_id: "project_abc123" }).pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  groupId: string,
  params: ListParams,
  options?: RequestOptions
): Stream.Stream<RoleRetrieveResponse, OpenAIError, OpenAIClient> => {
  const { project_id, ...query } = params
  return Operation.list("nextCursor", {
    operationId: "list-project-group-role-assignments",
    method: "GET",
    path: Operation.path`/projects/${project_id}/groups/${groupId}/roles`,
    query,
    auth: "admin"
  }, options)
}

/**
 * `GET /projects/{project_id}/groups/{group_id}/roles`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-group-role-assignments
 * @example
 * const page = yield* AdminOrganizationProjectsGroupsRoles.listPage("group_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  groupId: string,
  params: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<RoleRetrieveResponse>, OpenAIError, OpenAIClient> => {
  const { project_id, ...query } = params
  return Operation.page("nextCursor", {
    operationId: "list-project-group-role-assignments",
    method: "GET",
    path: Operation.path`/projects/${project_id}/groups/${groupId}/roles`,
    query,
    auth: "admin"
  }, options)
}

/**
 * `DELETE /projects/{project_id}/groups/{group_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/unassign-project-group-role
 * @example
 * const roleDeleteResponse = yield* AdminOrganizationProjectsGroupsRoles.delete("role_abc123", {
 *   project_id: "project_abc123",
 *   group_id: "group_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  roleId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<RoleDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "unassign-project-group-role",
    method: "DELETE",
    path: Operation.path`/projects/${params.project_id}/groups/${params.group_id}/roles/${roleId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
