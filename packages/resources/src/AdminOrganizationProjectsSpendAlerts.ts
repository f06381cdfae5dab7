/**
 * The `admin.organization.projects.spendAlerts` resource of the OpenAI API: `create`, `retrieve`,
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
import type { CreateSpendAlertBody } from "./types/CreateSpendAlertBody.ts"
import type { ProjectSpendAlert } from "./types/ProjectSpendAlert.ts"
import type { ProjectSpendAlertDeletedResource } from "./types/ProjectSpendAlertDeletedResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateSpendAlertBody

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
export interface UpdateParams extends CreateSpendAlertBody {
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
   * @minimum 0
   * @maximum 100
   */
  readonly limit?: number | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
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
 * The official SDK's name for {@link ProjectSpendAlertDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ProjectSpendAlertDeleted = ProjectSpendAlertDeletedResource

/**
 * `POST /organization/projects/{project_id}/spend_alerts`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-project-spend-alert
 * @example
 * const projectSpendAlert = yield* AdminOrganizationProjectsSpendAlerts.create("project_abc123", {
 *   threshold_amount: 0,
 *   currency: "USD",
 *   interval: "month",
 *   notification_channel: { type: "email", recipients: ["example"] }
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  projectId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ProjectSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-project-spend-alert",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/spend_alerts`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/spend_alerts/{alert_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-spend-alert
 * @example
 * const projectSpendAlert = yield* AdminOrganizationProjectsSpendAlerts.retrieve("alert_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  alertId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<ProjectSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-spend-alert",
    method: "GET",
    path: Operation.path`/organization/projects/${params.project_id}/spend_alerts/${alertId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/spend_alerts/{alert_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-spend-alert
 * @example
 * const projectSpendAlert = yield* AdminOrganizationProjectsSpendAlerts.update("alert_abc123", {
 *   project_id: "project_abc123",
 *   threshold_amount: 0,
 *   currency: "USD",
 *   interval: "month",
 *   notification_channel: { type: "email", recipients: ["example"] }
 * })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  alertId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ProjectSpendAlert, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "update-project-spend-alert",
    method: "POST",
    path: Operation.path`/organization/projects/${project_id}/spend_alerts/${alertId}`,
    body,
    auth: "admin"
  }, options)
}

/**
 * `GET /organization/projects/{project_id}/spend_alerts` as a `Stream` of items, fetching pages as
 * they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-spend-alerts
 * @example
 * const items = yield* AdminOrganizationProjectsSpendAlerts.list("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<ProjectSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-project-spend-alerts",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/spend_alerts`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/spend_alerts`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-spend-alerts
 * @example
 * const page = yield* AdminOrganizationProjectsSpendAlerts.listPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  projectId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<ProjectSpendAlert>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-project-spend-alerts",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/spend_alerts`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/spend_alerts/{alert_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-project-spend-alert
 * @example
 * const projectSpendAlertDeleted = yield* AdminOrganizationProjectsSpendAlerts.delete("alert_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  alertId: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<ProjectSpendAlertDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-project-spend-alert",
    method: "DELETE",
    path: Operation.path`/organization/projects/${params.project_id}/spend_alerts/${alertId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
