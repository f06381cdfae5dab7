/**
 * The `admin.organization.adminAPIKeys` resource of the OpenAI API: `create`, `retrieve`, `list`,
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
import type { AdminApiKey } from "./types/AdminApiKey.ts"
import type { AdminApiKeyCreateResponse } from "./types/AdminApiKeyCreateResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CreateParams {
  readonly name: string
  /**
   * @minimum 1
   * @maximum 31536000
   */
  readonly expires_in_seconds?: number | undefined
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  readonly after?: string | null | undefined
  /** @default "asc" */
  readonly order?: "asc" | "desc" | undefined
  /** @default 20 */
  readonly limit?: number | undefined
}

/**
 * The official SDK's name for {@link AdminApiKeyCreateResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type AdminAPIKeyCreateResponse = AdminApiKeyCreateResponse

/**
 * The official SDK's name for {@link AdminApiKey}.
 *
 * @category models
 * @since 0.1.0
 */
export type AdminAPIKey = AdminApiKey

/**
 * `POST /organization/admin_api_keys`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/admin-api-keys-create
 * @example
 * const adminAPIKeyCreateResponse = yield* AdminOrganizationAdminAPIKeys.create({ name: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<AdminAPIKeyCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "admin-api-keys-create",
    method: "POST",
    path: "/organization/admin_api_keys",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/admin_api_keys/{key_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/admin-api-keys-get
 * @example
 * const adminAPIKey = yield* AdminOrganizationAdminAPIKeys.retrieve("key_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  keyId: string,
  options?: RequestOptions
): Effect.Effect<AdminAPIKey, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "admin-api-keys-get",
    method: "GET",
    path: Operation.path`/organization/admin_api_keys/${keyId}`,
    auth: "admin"
  }, options)

/**
 * `GET /organization/admin_api_keys` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/admin-api-keys-list
 * @example
 * const items = yield* AdminOrganizationAdminAPIKeys.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<AdminAPIKey, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "admin-api-keys-list",
    method: "GET",
    path: "/organization/admin_api_keys",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/admin_api_keys`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/admin-api-keys-list
 * @example
 * const page = yield* AdminOrganizationAdminAPIKeys.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<AdminAPIKey>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "admin-api-keys-list",
    method: "GET",
    path: "/organization/admin_api_keys",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/admin_api_keys/{key_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/admin-api-keys-delete
 * @example
 * const adminAPIKeyDeleteResponse = yield* AdminOrganizationAdminAPIKeys.delete("key_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  keyId: string,
  options?: RequestOptions
): Effect.Effect<
  {
    readonly id: string
    readonly object: "organization.admin_api_key.deleted"
    readonly deleted: boolean
  },
  OpenAIError,
  OpenAIClient
> =>
  Operation.json({
    operationId: "admin-api-keys-delete",
    method: "DELETE",
    path: Operation.path`/organization/admin_api_keys/${keyId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
