/**
 * The `admin.organization.projects.users` resource of the OpenAI API: `create`, `retrieve`,
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
import type { ProjectUser } from "./types/ProjectUser.ts"
import type { ProjectUserCreateRequest } from "./types/ProjectUserCreateRequest.ts"
import type { ProjectUserDeleteResponse } from "./types/ProjectUserDeleteResponse.ts"
import type { ProjectUserUpdateRequest } from "./types/ProjectUserUpdateRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = ProjectUserCreateRequest

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
export interface UpdateParams extends ProjectUserUpdateRequest {
  readonly project_id: string
}

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
 * The official SDK's name for {@link ProjectUserDeleteResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type UserDeleteResponse = ProjectUserDeleteResponse

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
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UserUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type UserDeleteParams = DeleteParams

/**
 * `POST /organization/projects/{project_id}/users`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-project-user
 * @example
 * const projectUser = yield* AdminOrganizationProjectsUsers.create("project_abc123", { role: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  projectId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ProjectUser, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-project-user",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/users`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-user
 * @example
 * const projectUser = yield* AdminOrganizationProjectsUsers.retrieve("user_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  userId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<ProjectUser, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-user",
    method: "GET",
    path: Operation.path`/organization/projects/${params.project_id}/users/${userId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/modify-project-user
 * @example
 * const projectUser = yield* AdminOrganizationProjectsUsers.update("user_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  userId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ProjectUser, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "modify-project-user",
    method: "POST",
    path: Operation.path`/organization/projects/${project_id}/users/${userId}`,
    body,
    auth: "admin"
  }, options)
}

/**
 * `GET /organization/projects/{project_id}/users` as a `Stream` of items, fetching pages as they are
 * pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-users
 * @example
 * const items = yield* AdminOrganizationProjectsUsers.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ProjectUser, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-project-users",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/users`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/users`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-users
 * @example
 * const page = yield* AdminOrganizationProjectsUsers.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ProjectUser>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-project-users",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/users`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/users/{user_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-project-user
 * @example
 * const userDeleteResponse = yield* AdminOrganizationProjectsUsers.delete("user_abc123", { project_id: "project_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  userId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<UserDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-project-user",
    method: "DELETE",
    path: Operation.path`/organization/projects/${params.project_id}/users/${userId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
