/**
 * The `admin.organization.projects.hostedToolPermissions` resource of the OpenAI API: `retrieve`,
 * `update`.
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
import type { ProjectHostedToolPermissions } from "./types/ProjectHostedToolPermissions.ts"
import type { ProjectHostedToolPermissionsUpdateRequest } from "./types/ProjectHostedToolPermissionsUpdateRequest.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = ProjectHostedToolPermissionsUpdateRequest

/**
 * `GET /organization/projects/{project_id}/hosted_tool_permissions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-hosted-tool-permissions
 * @example
 * const projectHostedToolPermissions = yield* AdminOrganizationProjectsHostedToolPermissions.retrieve("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<ProjectHostedToolPermissions, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-hosted-tool-permissions",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/hosted_tool_permissions`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/hosted_tool_permissions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-hosted-tool-permissions
 * @example
 * const projectHostedToolPermissions = yield* AdminOrganizationProjectsHostedToolPermissions.update("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  projectId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<ProjectHostedToolPermissions, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-project-hosted-tool-permissions",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/hosted_tool_permissions`,
    body: params,
    auth: "admin"
  }, options)
