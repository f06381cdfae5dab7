/**
 * The `admin.organization.projects.roles` resource of the OpenAI API: `create`, `retrieve`,
 * `update`, `list`, `listPage`, `delete`.
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
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly project_id: string
}

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateParams extends PublicUpdateOrganizationRoleBody {
  readonly project_id: string
}

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
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly project_id: string
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
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RoleDeleteParams = DeleteParams

/**
 * `POST /projects/{project_id}/roles`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-project-role
 * @example
 * const role = yield* AdminOrganizationProjectsRoles.create("project_abc123", {
 *   role_name: "example",
 *   permissions: ["example"]
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  projectId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Role, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-project-role",
    method: "POST",
    path: Operation.path`/projects/${projectId}/roles`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /projects/{project_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-role
 * @example
 * const role = yield* AdminOrganizationProjectsRoles.retrieve("role_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  roleId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<Role, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-role",
    method: "GET",
    path: Operation.path`/projects/${params.project_id}/roles/${roleId}`,
    auth: "admin"
  }, options)

/**
 * `POST /projects/{project_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-role
 * @example
 * const role = yield* AdminOrganizationProjectsRoles.update("role_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  roleId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<Role, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "update-project-role",
    method: "POST",
    path: Operation.path`/projects/${project_id}/roles/${roleId}`,
    body,
    auth: "admin"
  }, options)
}

/**
 * `GET /projects/{project_id}/roles` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-roles
 * @example
 * const items = yield* AdminOrganizationProjectsRoles.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<Role, OpenAIError, OpenAIClient> =>
  Operation.list("nextCursor", {
    operationId: "list-project-roles",
    method: "GET",
    path: Operation.path`/projects/${projectId}/roles`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /projects/{project_id}/roles`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-roles
 * @example
 * const page = yield* AdminOrganizationProjectsRoles.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Role>, OpenAIError, OpenAIClient> =>
  Operation.page("nextCursor", {
    operationId: "list-project-roles",
    method: "GET",
    path: Operation.path`/projects/${projectId}/roles`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /projects/{project_id}/roles/{role_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-project-role
 * @example
 * const roleDeleteResponse = yield* AdminOrganizationProjectsRoles.delete("role_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  roleId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<RoleDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-project-role",
    method: "DELETE",
    path: Operation.path`/projects/${params.project_id}/roles/${roleId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
