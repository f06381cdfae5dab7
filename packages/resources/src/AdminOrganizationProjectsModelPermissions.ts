/**
 * The `admin.organization.projects.modelPermissions` resource of the OpenAI API: `retrieve`,
 * `update`, `delete`.
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
import type { ProjectModelPermissions } from "./types/ProjectModelPermissions.ts"
import type { ProjectModelPermissionsDeleteResponse } from "./types/ProjectModelPermissionsDeleteResponse.ts"
import type { ProjectModelPermissionsUpdateRequest } from "./types/ProjectModelPermissionsUpdateRequest.ts"

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = ProjectModelPermissionsUpdateRequest

/**
 * The official SDK's name for {@link ProjectModelPermissionsDeleteResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ProjectModelPermissionsDeleted = ProjectModelPermissionsDeleteResponse

/**
 * `GET /organization/projects/{project_id}/model_permissions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/retrieve-project-model-permissions
 * @example
 * const projectModelPermissions = yield* AdminOrganizationProjectsModelPermissions.retrieve("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<ProjectModelPermissions, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "retrieve-project-model-permissions",
    method: "GET",
    path: Operation.path`/organization/projects/${projectId}/model_permissions`,
    auth: "admin"
  }, options)

/**
 * `POST /organization/projects/{project_id}/model_permissions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/update-project-model-permissions
 * @example
 * const projectModelPermissions = yield* AdminOrganizationProjectsModelPermissions.update("project_abc123", {
 *   mode: "allow_list",
 *   model_ids: ["example"]
 * })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  projectId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<ProjectModelPermissions, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "update-project-model-permissions",
    method: "POST",
    path: Operation.path`/organization/projects/${projectId}/model_permissions`,
    body: params,
    auth: "admin"
  }, options)

/**
 * `DELETE /organization/projects/{project_id}/model_permissions`.
 *
 * Authenticates with the admin API key.
 *
 * @see https://platform.openai.com/docs/api-reference/administration/delete-project-model-permissions
 * @example
 * const projectModelPermissionsDeleted = yield* AdminOrganizationProjectsModelPermissions.delete("project_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  projectId: string,
  options?: RequestOptions
): Effect.Effect<ProjectModelPermissionsDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "delete-project-model-permissions",
    method: "DELETE",
    path: Operation.path`/organization/projects/${projectId}/model_permissions`,
    auth: "admin"
  }, options)

export { delete_ as delete }
