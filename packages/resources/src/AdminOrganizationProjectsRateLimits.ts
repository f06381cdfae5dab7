/**
 * The `admin.organization.projects.rateLimits` resource of the OpenAI API: `listRateLimits`,
 * `listRateLimitsPage`, `updateRateLimit`.
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
import type { ProjectRateLimit } from "./types/ProjectRateLimit.ts"
import type { ProjectRateLimitUpdateRequest } from "./types/ProjectRateLimitUpdateRequest.ts"

/**
 * The parameters of {@link listRateLimits}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListRateLimitsParams {
  /** @default 100 */
  readonly limit?: number | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
}

/**
 * The parameters of {@link updateRateLimit}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateRateLimitParams extends ProjectRateLimitUpdateRequest {
  readonly project_id: string
}

/**
 * `GET /organization/projects/{project_id}/rate_limits` as a `Stream` of items, fetching pages as they
 * are pulled.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-rate-limits
 * @example
 * const items = yield* AdminOrganizationProjectsRateLimits.listRateLimits("project_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const listRateLimits = (
  projectId: string,
  params?: ListRateLimitsParams,
  options?: RequestOptions
): Stream.Stream<ProjectRateLimit, OpenAIError, OpenAIClient> =>
  Operation.list("conversationCursor", {
    operationId: "list-project-rate-limits",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/rate_limits`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `GET /organization/projects/{project_id}/rate_limits`: one page, with the cursor to the next.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/list-project-rate-limits
 * @example
 * const page = yield* AdminOrganizationProjectsRateLimits.listRateLimitsPage("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listRateLimitsPage = (
  projectId: string,
  params?: ListRateLimitsParams,
  options?: RequestOptions
): Effect.Effect<Page<ProjectRateLimit>, OpenAIError, OpenAIClient> =>
  Operation.page("conversationCursor", {
    operationId: "list-project-rate-limits",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/rate_limits`,
    query: params,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/rate_limits/{rate_limit_id}`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-rate-limits
 * @example
 * const projectRateLimit = yield* AdminOrganizationProjectsRateLimits.updateRateLimit("rate_limit_abc123", {
 *   project_id: "project_abc123"
 * })
 * @category operations
 * @since 0.1.0
 */
export const updateRateLimit = (
  rateLimitId: string,
  params: UpdateRateLimitParams,
  options?: RequestOptions
): Effect.Effect<ProjectRateLimit, OpenAIError, OpenAIClient> => {
  const { project_id, ...body } = params
  return Operation.json({
    operationId: "update-project-rate-limits",
    method: "POST",
    path: Operation.path`/organization/projects/${project_id}/rate_limits/${rateLimitId}`,
    body,
    auth: "admin"
  }, options)
}
