/**
 * The `admin.organization.spendAlerts` resource of the OpenAI API: `create`, `retrieve`, `update`,
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
import type { CreateSpendAlertBody } from "./types/CreateSpendAlertBody.ts"
import type { OrganizationSpendAlert } from "./types/OrganizationSpendAlert.ts"
import type { OrganizationSpendAlertDeletedResource } from "./types/OrganizationSpendAlertDeletedResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateSpendAlertBody

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = CreateSpendAlertBody

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
 * The official SDK's name for {@link OrganizationSpendAlertDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type OrganizationSpendAlertDeleted = OrganizationSpendAlertDeletedResource

/**
 * `POST /organization/spend_alerts`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/create-organization-spend-alert
 * @example
 * const organizationSpendAlert = yield* AdminOrganizationSpendAlerts.create({
 *   threshold_amount: 0,
 *   currency: "USD",
 *   interval: "month",
 *   notification_channel: { type: "email", recipients: ["example"] }
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<OrganizationSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-organization-spend-alert",
    method: "POST",
    path: "/organization/spend_alerts",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/spend_alerts/{alert_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-organization-spend-alert
 * @example
 * const organizationSpendAlert = yield* AdminOrganizationSpendAlerts.retrieve("alert_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  alertId: string,
  options?: RequestOptions
): Effect.Effect<OrganizationSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-organization-spend-alert",
    method: "GET",
    path: Operation.path`/organization/spend_alerts/${alertId}`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/spend_alerts/{alert_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-organization-spend-alert
 * @example
 * const organizationSpendAlert = yield* AdminOrganizationSpendAlerts.update("alert_abc123", {
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
): Effect.Effect<OrganizationSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-organization-spend-alert",
    method: "POST",
    path: Operation.path`/organization/spend_alerts/${alertId}`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/spend_alerts` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-organization-spend-alerts
 * @example
 * const items = yield* AdminOrganizationSpendAlerts.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<OrganizationSpendAlert, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-organization-spend-alerts",
    method: "GET",
    path: "/organization/spend_alerts",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/spend_alerts`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-organization-spend-alerts
 * @example
 * const page = yield* AdminOrganizationSpendAlerts.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<OrganizationSpendAlert>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-organization-spend-alerts",
    method: "GET",
    path: "/organization/spend_alerts",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/spend_alerts/{alert_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-organization-spend-alert
 * @example
 * const organizationSpendAlertDeleted = yield* AdminOrganizationSpendAlerts.delete("alert_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  alertId: string,
  options?: RequestOptions
): Effect.Effect<OrganizationSpendAlertDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-organization-spend-alert",
    method: "DELETE",
    path: Operation.path`/organization/spend_alerts/${alertId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
