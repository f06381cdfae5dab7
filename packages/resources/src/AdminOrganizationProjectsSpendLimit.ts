/**
 * The `admin.organization.projects.spendLimit` resource of the OpenAI API: `retrieve`, `update`,
 * `delete`.
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
import type { ProjectSpendLimitDeletedResource } from "./types/ProjectSpendLimitDeletedResource.ts"
import type { ProjectSpendLimitResource } from "./types/ProjectSpendLimitResource.ts"
import type { UpdateProjectSpendLimitBody } from "./types/UpdateProjectSpendLimitBody.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateProjectSpendLimitBody

/**
 * The official SDK's name for {@link ProjectSpendLimitResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ProjectSpendLimit = ProjectSpendLimitResource

/**
 * The official SDK's name for {@link ProjectSpendLimitDeletedResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type ProjectSpendLimitDeleted = ProjectSpendLimitDeletedResource

/**
 * `GET /organization/projects/{project_id}/spend_limit`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/Getprojectspendlimit
 * @example
 * const projectSpendLimit = yield* AdminOrganizationProjectsSpendLimit.retrieve("proj_123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<ProjectSpendLimit, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Getprojectspendlimit",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/spend_limit`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/spend_limit`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/Updateprojectspendlimit
 * @example
 * const projectSpendLimit = yield* AdminOrganizationProjectsSpendLimit.update("proj_123", {
 *   threshold_amount: 1,
 *   currency: "USD",
 *   interval: "month"
 * })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  projectId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ProjectSpendLimit, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Updateprojectspendlimit",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/spend_limit`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/spend_limit`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/Deleteprojectspendlimit
 * @example
 * const projectSpendLimitDeleted = yield* AdminOrganizationProjectsSpendLimit.delete("proj_123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<ProjectSpendLimitDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "Deleteprojectspendlimit",
    method: "DELETE",
    path: Operation.path`/organization/projects/${projectId}/spend_limit`,
    auth: "admin"
  }, options)

export { delete_ as delete }
