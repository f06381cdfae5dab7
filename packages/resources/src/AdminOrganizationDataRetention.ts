/**
 * The `admin.organization.dataRetention` resource of the OpenAI API: `retrieve`, `update`.
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
import type { OrganizationDataRetention } from "./types/OrganizationDataRetention.ts"
import type { UpdateOrganizationDataRetentionBody } from "./types/UpdateOrganizationDataRetentionBody.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateOrganizationDataRetentionBody

/**
 * `GET /organization/data_retention`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-organization-data-retention
 * @example
 * const organizationDataRetention = yield* AdminOrganizationDataRetention.retrieve()
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  options?: RequestOptions
): Effect.Effect<OrganizationDataRetention, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-organization-data-retention",
    method: "GET",
    path: "/organization/data_retention",
    auth: "admin"
  }, options)

/**
 * `POST /organization/data_retention`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-organization-data-retention
 * @example
 * const organizationDataRetention = yield* AdminOrganizationDataRetention.update({ retention_type: "zero_data_retention" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<OrganizationDataRetention, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-organization-data-retention",
    method: "POST",
    path: "/organization/data_retention",
    body: params,
    auth: "admin"
  }, options)
