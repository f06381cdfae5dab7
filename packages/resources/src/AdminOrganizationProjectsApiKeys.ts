/**
 * The `admin.organization.projects.apiKeys` resource of the OpenAI API: `retrieve`, `list`,
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
import type { ProjectApiKey } from "./types/ProjectApiKey.ts"
import type { ProjectApiKeyDeleteResponse } from "./types/ProjectApiKeyDeleteResponse.ts"

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
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  readonly owner_project_access?: "active" | "inactive" | "any" | undefined
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
 * The official SDK's name for {@link ProjectApiKey}.
 *
 * @category models
 * @since 0.1.0
 */
export type ProjectAPIKey = ProjectApiKey

/**
 * The official SDK's name for {@link ProjectApiKeyDeleteResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type APIKeyDeleteResponse = ProjectApiKeyDeleteResponse

/**
 * `GET /organization/projects/{project_id}/api_keys/{api_key_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-api-key
 * @example
 * const projectAPIKey = yield* AdminOrganizationProjectsApiKeys.retrieve("api_key_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  apiKeyId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<ProjectAPIKey, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-api-key",
    method: "GET",
    path: Operation.path`/organization/projects/${params.project_id}/api_keys/${apiKeyId}`,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/api_keys` as a `Stream` of items, fetching pages as they
 * are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-api-keys
 * @example
 * const items = yield* AdminOrganizationProjectsApiKeys.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ProjectAPIKey, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-project-api-keys",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/api_keys`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/api_keys`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-api-keys
 * @example
 * const page = yield* AdminOrganizationProjectsApiKeys.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ProjectAPIKey>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-project-api-keys",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/api_keys`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/api_keys/{api_key_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-project-api-key
 * @example
 * const aPIKeyDeleteResponse = yield* AdminOrganizationProjectsApiKeys.delete("api_key_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  apiKeyId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<APIKeyDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-project-api-key",
    method: "DELETE",
    path: Operation.path`/organization/projects/${params.project_id}/api_keys/${apiKeyId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
