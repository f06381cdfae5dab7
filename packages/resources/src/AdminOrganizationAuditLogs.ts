/**
 * The `admin.organization.auditLogs` resource of the OpenAI API: `list`, `listPage`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/audit-logs
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { AuditLog } from "./types/AuditLog.ts"
import type { AuditLogEventType } from "./types/AuditLogEventType.ts"

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly effective_at?: {
    readonly gt?: number | undefined
    readonly gte?: number | undefined
    readonly lt?: number | undefined
    readonly lte?: number | undefined
  } | undefined
  readonly project_ids?: ReadonlyArray<string> | undefined
  readonly event_types?: ReadonlyArray<AuditLogEventType> | undefined
  readonly actor_ids?: ReadonlyArray<string> | undefined
  readonly actor_emails?: ReadonlyArray<string> | undefined
  readonly resource_ids?: ReadonlyArray<string> | undefined
  /** @default false */
  readonly tenant_only?: boolean | undefined
  /** @default 20 */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
}

/**
 * `GET /organization/audit_logs` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/audit-logs/list-audit-logs
 * @example
 * const items = yield* AdminOrganizationAuditLogs.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<AuditLog, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-audit-logs",
    method: "GET",
    path: "/organization/audit_logs",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/audit_logs`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/audit-logs/list-audit-logs
 * @example
 * const page = yield* AdminOrganizationAuditLogs.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<AuditLog>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-audit-logs",
    method: "GET",
    path: "/organization/audit_logs",
    query: params,
    auth: "admin"
  }, options)
