/**
 * The `skills.versions` resource of the OpenAI API: `create`, `retrieve`, `list`, `listPage`,
 * `delete`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/skills
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { CreateSkillVersionBody } from "./types/CreateSkillVersionBody.ts"
import type { DeletedSkillVersionResource } from "./types/DeletedSkillVersionResource.ts"
import type { OrderEnum } from "./types/OrderEnum.ts"
import type { SkillVersionResource } from "./types/SkillVersionResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateSkillVersionBody

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly skill_id: string
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /**
   * @minimum 0
   * @maximum 100
   */
  readonly limit?: number | undefined
  readonly order?: OrderEnum | undefined
  readonly after?: string | undefined
}

/**
 * The parameters of {@link delete_}.
 *
 * @category params
 * @since 0.1.0
 */
export interface DeleteParams {
  readonly skill_id: string
}

/**
 * The official SDK's name for {@link SkillVersionResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type SkillVersion = SkillVersionResource

/**
 * The official SDK's name for {@link DeletedSkillVersionResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type DeletedSkillVersion = DeletedSkillVersionResource

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VersionRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link DeleteParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type VersionDeleteParams = DeleteParams

/**
 * `POST /skills/{skill_id}/versions`.
 *
 * Sends a multipart form when a value is a file, JSON otherwise.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/CreateSkillVersion
 * @example
 * const skillVersion = yield* SkillsVersions.create("skill_123")
 * @category operations
 * @since 0.1.0
 */
export const create = (
  skillId: string,
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<SkillVersion, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateSkillVersion",
    method: "POST",
    path: Operation.path`/skills/${skillId}/versions`,
    body: Operation.multipartIfFile(params, ["files"])
  }, options)

/**
 * `GET /skills/{skill_id}/versions/{version}`.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/GetSkillVersion
 * @example
 * const skillVersion = yield* SkillsVersions.retrieve("version_abc123", { skill_id: "skill_123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  version: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<SkillVersion, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "GetSkillVersion",
    method: "GET",
    path: Operation.path`/skills/${params.skill_id}/versions/${version}`
  }, options)

/**
 * `GET /skills/{skill_id}/versions` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/ListSkillVersions
 * @example
 * const items = yield* SkillsVersions.list("skill_123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  skillId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<SkillVersion, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "ListSkillVersions",
    method: "GET",
    path: Operation.path`/skills/${skillId}/versions`,
    query: params
  }, options)

/**
 * `GET /skills/{skill_id}/versions`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/ListSkillVersions
 * @example
 * const page = yield* SkillsVersions.listPage("skill_123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  skillId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<SkillVersion>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "ListSkillVersions",
    method: "GET",
    path: Operation.path`/skills/${skillId}/versions`,
    query: params
  }, options)

/**
 * `DELETE /skills/{skill_id}/versions/{version}`.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/DeleteSkillVersion
 * @example
 * const deletedSkillVersion = yield* SkillsVersions.delete("version_abc123", { skill_id: "skill_123" })
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  version: string,
  params: DeleteParams,
  options?: RequestOptions
): Effect.Effect<DeletedSkillVersion, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "DeleteSkillVersion",
    method: "DELETE",
    path: Operation.path`/skills/${params.skill_id}/versions/${version}`
  }, options)

export { delete_ as delete }
