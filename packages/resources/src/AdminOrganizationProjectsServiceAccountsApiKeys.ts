/**
 * The `admin.organization.projects.serviceAccounts.apiKeys` resource of the OpenAI API: `create`.
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
import type { CreateProjectServiceAccountApiKeyBody } from "./types/CreateProjectServiceAccountApiKeyBody.ts"
import type { ServiceAccountApiKeyBody } from "./types/ServiceAccountApiKeyBody.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CreateParams extends CreateProjectServiceAccountApiKeyBody {
  readonly project_id: string
}

/**
 * The official SDK's name for {@link ServiceAccountApiKeyBody}.
 *
 * @category models
 * @since 0.1.0
 */
export type APIKeyCreateResponse = ServiceAccountApiKeyBody

/**
 * `POST /organization/projects/{project_id}/service_accounts/{service_account_id}/api_keys`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/CreateanAPIkeyforaserviceaccount
 * @example
 * const aPIKeyCreateResponse = yield* AdminOrganizationProjectsServiceAccountsApiKeys.create("service_account_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  serviceAccountId: string,
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<APIKeyCreateResponse, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "CreateanAPIkeyforaserviceaccount",
    method: "POST",
    path: Operation.path`/organization/projects/${project_id}/service_accounts/${serviceAccountId}/api_keys`,
    body,
    auth: "admin"
  }, options)
}
