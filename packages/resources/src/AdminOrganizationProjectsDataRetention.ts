/**
 * The `admin.organization.projects.dataRetention` resource of the OpenAI API: `retrieve`, `update`.
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
import type { ProjectDataRetention } from "./types/ProjectDataRetention.ts"
import type { UpdateProjectDataRetentionBody } from "./types/UpdateProjectDataRetentionBody.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = UpdateProjectDataRetentionBody

/**
 * `GET /organization/projects/{project_id}/data_retention`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-data-retention
 * @example
 * const projectDataRetention = yield* AdminOrganizationProjectsDataRetention.retrieve("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<ProjectDataRetention, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-data-retention",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/data_retention`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/data_retention`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-data-retention
 * @example
 * const projectDataRetention = yield* AdminOrganizationProjectsDataRetention.update("project_abc123", {
 *   retention_type: "organization_default"
 * })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  projectId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ProjectDataRetention, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-project-data-retention",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/data_retention`,
    body: params,
    auth: "admin"
  }, options)
