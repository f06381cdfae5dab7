/**
 * The `admin.organization.projects` resource of the OpenAI API: `create`, `retrieve`, `update`,
 * `list`, `listPage`, `archive`.
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
import type { Project } from "./types/Project.ts"
import type { ProjectCreateRequest } from "./types/ProjectCreateRequest.ts"
import type { ProjectUpdateRequest } from "./types/ProjectUpdateRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = ProjectCreateRequest

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = ProjectUpdateRequest

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
  /** @default false */
  readonly include_archived?: boolean | undefined
}

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ProjectCreateParams = CreateParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ProjectUpdateParams = UpdateParams

/**
 * `POST /organization/projects`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-project
 * @example
 * const project = yield* AdminOrganizationProjects.create({ name: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Project, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-project",
    method: "POST",
    path: "/organization/projects",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project
 * @example
 * const project = yield* AdminOrganizationProjects.retrieve("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<Project, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/modify-project
 * @example
 * const project = yield* AdminOrganizationProjects.update("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  projectId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<Project, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "modify-project",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-projects
 * @example
 * const items = yield* AdminOrganizationProjects.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<Project, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-projects",
    method: "GET",
    path: "/organization/projects",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-projects
 * @example
 * const page = yield* AdminOrganizationProjects.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Project>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-projects",
    method: "GET",
    path: "/organization/projects",
    query: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/archive`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/archive-project
 * @example
 * const project = yield* AdminOrganizationProjects.archive("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const archive = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<Project, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "archive-project",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/archive`,
    auth: "admin"
  }, options)
