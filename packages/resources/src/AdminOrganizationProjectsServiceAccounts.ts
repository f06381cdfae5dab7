/**
 * The `admin.organization.projects.serviceAccounts` resource of the OpenAI API: `create`,
 * `retrieve`, `update`, `list`, `listPage`, `delete`.
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
import type { ProjectServiceAccount } from "./types/ProjectServiceAccount.ts"
import type { ProjectServiceAccountCreateRequest } from "./types/ProjectServiceAccountCreateRequest.ts"
import type { ProjectServiceAccountCreateResponse } from "./types/ProjectServiceAccountCreateResponse.ts"
import type { ProjectServiceAccountDeleteResponse } from "./types/ProjectServiceAccountDeleteResponse.ts"
import type { UpdateProjectServiceAccountBody } from "./types/UpdateProjectServiceAccountBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = ProjectServiceAccountCreateRequest

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
export interface UpdateParams extends UpdateProjectServiceAccountBody {
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
 * The official SDK's name for {@link ProjectServiceAccountCreateResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ServiceAccountCreateResponse = ProjectServiceAccountCreateResponse

/**
 * The official SDK's name for {@link ProjectServiceAccountDeleteResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ServiceAccountDeleteResponse = ProjectServiceAccountDeleteResponse

/**
 * `POST /organization/projects/{project_id}/service_accounts`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-project-service-account
 * @example
 * const serviceAccountCreateResponse = yield* AdminOrganizationProjectsServiceAccounts.create("project_abc123", {
 *   name: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  projectId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ServiceAccountCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-project-service-account",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/service_accounts`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/service_accounts/{service_account_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-service-account
 * @example
 * const projectServiceAccount = yield* AdminOrganizationProjectsServiceAccounts.retrieve("service_account_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  serviceAccountId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<ProjectServiceAccount, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-service-account",
    method: "GET",
    path: Operation.path`/organization/projects/${params.project_id}/service_accounts/${serviceAccountId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/service_accounts/{service_account_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-service-account
 * @example
 * const projectServiceAccount = yield* AdminOrganizationProjectsServiceAccounts.update("service_account_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  serviceAccountId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ProjectServiceAccount, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "update-project-service-account",
    method: "POST",
    path: Operation.path`/organization/projects/${project_id}/service_accounts/${serviceAccountId}`,
    body,
    auth: "admin"
  }, options)
}

/**
 * `GET /organization/projects/{project_id}/service_accounts` as a `Stream` of items, fetching pages as
 * they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-service-accounts
 * @example
 * const items = yield* AdminOrganizationProjectsServiceAccounts.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ProjectServiceAccount, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-project-service-accounts",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/service_accounts`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/service_accounts`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-service-accounts
 * @example
 * const page = yield* AdminOrganizationProjectsServiceAccounts.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ProjectServiceAccount>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-project-service-accounts",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/service_accounts`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/service_accounts/{service_account_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-project-service-account
 * @example
 * const serviceAccountDeleteResponse = yield* AdminOrganizationProjectsServiceAccounts.delete("service_account_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  serviceAccountId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<ServiceAccountDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-project-service-account",
    method: "DELETE",
    path: Operation.path`/organization/projects/${params.project_id}/service_accounts/${serviceAccountId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
