/**
 * The `admin.organization.projects.groups` resource of the OpenAI API: `create`, `retrieve`,
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
import type { InviteProjectGroupBody } from "./types/InviteProjectGroupBody.ts"
import type { ProjectGroup } from "./types/ProjectGroup.ts"
import type { ProjectGroupDeletedResource } from "./types/ProjectGroupDeletedResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = InviteProjectGroupBody

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly project_id: string
  /** @default "group" */
  readonly group_type?: "group" | "tenant_group" | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /**
   * @default 20
   * @minimum 0
   * @maximum 100
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
 * The official SDK's name for {@link ProjectGroupDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type GroupDeleteResponse = ProjectGroupDeletedResource

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type GroupCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type GroupRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type GroupDeleteParams = DeleteParams

/**
 * `POST /organization/projects/{project_id}/groups`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/add-project-group
 * @example
 * const projectGroup = yield* AdminOrganizationProjectsGroups.create("project_abc123", {
 *   group_id: "example",
 *   role: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  projectId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ProjectGroup, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "add-project-group",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/groups`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/groups/{group_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-group
 * @example
 * const projectGroup = yield* AdminOrganizationProjectsGroups.retrieve("group_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  groupId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<ProjectGroup, OpenAIError, OpenAIClient> => {
  const { project_id, ...query } = params
  return Operation.json({
    operationId: "retrieve-project-group",
    method: "GET",
    path: Operation.path`/organization/projects/${project_id}/groups/${groupId}`,
    query,
    auth: "admin"
  }, options)
}

/**
 * `GET /organization/projects/{project_id}/groups` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-groups
 * @example
 * const items = yield* AdminOrganizationProjectsGroups.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ProjectGroup, OpenAIError, OpenAIClient> =>
  Operation.list("nextCursor", {
    operationId: "list-project-groups",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/groups`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/groups`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-groups
 * @example
 * const page = yield* AdminOrganizationProjectsGroups.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ProjectGroup>, OpenAIError, OpenAIClient> =>
  Operation.page("nextCursor", {
    operationId: "list-project-groups",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/groups`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/groups/{group_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/remove-project-group
 * @example
 * const groupDeleteResponse = yield* AdminOrganizationProjectsGroups.delete("group_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  groupId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<GroupDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "remove-project-group",
    method: "DELETE",
    path: Operation.path`/organization/projects/${params.project_id}/groups/${groupId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
