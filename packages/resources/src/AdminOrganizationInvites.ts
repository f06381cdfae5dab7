/**
 * The `admin.organization.invites` resource of the OpenAI API: `create`, `retrieve`, `list`,
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
import type { Invite } from "./types/Invite.ts"
import type { InviteDeleteResponse } from "./types/InviteDeleteResponse.ts"
import type { InviteRequest } from "./types/InviteRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = InviteRequest

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
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type InviteCreateParams = CreateParams

/**
 * `POST /organization/invites`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/inviteUser
 * @example
 * const invite = yield* AdminOrganizationInvites.create({ email: "example", role: "reader" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<Invite, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "inviteUser",
    method: "POST",
    path: "/organization/invites",
    body: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/invites/{invite_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-invite
 * @example
 * const invite = yield* AdminOrganizationInvites.retrieve("invite_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  inviteId: string,
  options?: RequestOptions
): Effect.Effect<Invite, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-invite",
    method: "GET",
    path: Operation.path`/organization/invites/${inviteId}`,
    auth: "admin"
  }, options)

/**
 * `GET /organization/invites` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-invites
 * @example
 * const items = yield* AdminOrganizationInvites.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (params?: ListParams, options?: RequestOptions): Stream.Stream<Invite, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-invites",
    method: "GET",
    path: "/organization/invites",
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/invites`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-invites
 * @example
 * const page = yield* AdminOrganizationInvites.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Invite>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-invites",
    method: "GET",
    path: "/organization/invites",
    query: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/invites/{invite_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-invite
 * @example
 * const inviteDeleteResponse = yield* AdminOrganizationInvites.delete("invite_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  inviteId: string,
  options?: RequestOptions
): Effect.Effect<InviteDeleteResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-invite",
    method: "DELETE",
    path: Operation.path`/organization/invites/${inviteId}`,
    auth: "admin"
  }, options)

export { delete_ as delete }
