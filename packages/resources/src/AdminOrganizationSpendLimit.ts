/**
 * The `admin.organization.spendLimit` resource of the OpenAI API: `retrieve`, `update`, `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/administration
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { OrganizationSpendLimitDeletedResource } from "./types/OrganizationSpendLimitDeletedResource.ts"
import type { OrganizationSpendLimitResource } from "./types/OrganizationSpendLimitResource.ts"
import type { UpdateOrganizationSpendLimitBody } from "./types/UpdateOrganizationSpendLimitBody.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateOrganizationSpendLimitBody

/**
 * The official SDK's name for {@link OrganizationSpendLimitResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type OrganizationSpendLimit = OrganizationSpendLimitResource

/**
 * The official SDK's name for {@link OrganizationSpendLimitDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type OrganizationSpendLimitDeleted = OrganizationSpendLimitDeletedResource

/**
 * `GET /organization/spend_limit`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/Getorganizationspendlimit
 * @example
 * const organizationSpendLimit = yield* AdminOrganizationSpendLimit.retrieve()
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (options?: RequestOptions): Effect.Effect<OrganizationSpendLimit, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Getorganizationspendlimit",
    method: "GET",
    path: "/organization/spend_limit",
    auth: "admin"
  }, options)

/**
 * `POST /organization/spend_limit`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/Updateorganizationspendlimit
 * @example
 * const organizationSpendLimit = yield* AdminOrganizationSpendLimit.update({
 *   threshold_amount: 1,
 *   currency: "USD",
 *   interval: "month"
 * })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<OrganizationSpendLimit, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Updateorganizationspendlimit",
    method: "POST",
    path: "/organization/spend_limit",
    body: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/spend_limit`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/Deleteorganizationspendlimit
 * @example
 * const organizationSpendLimitDeleted = yield* AdminOrganizationSpendLimit.delete()
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  options?: RequestOptions
): Effect.Effect<OrganizationSpendLimitDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Deleteorganizationspendlimit",
    method: "DELETE",
    path: "/organization/spend_limit",
    auth: "admin"
  }, options)

export { delete_ as delete }
