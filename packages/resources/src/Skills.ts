/**
 * The `skills` resource of the OpenAI API: `create`, `retrieve`, `update`, `list`, `listPage`,
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
import type { CreateSkillBody } from "./types/CreateSkillBody.ts"
import type { DeletedSkillResource } from "./types/DeletedSkillResource.ts"
import type { OrderEnum } from "./types/OrderEnum.ts"
import type { SetDefaultSkillVersionBody } from "./types/SetDefaultSkillVersionBody.ts"
import type { SkillResource } from "./types/SkillResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateSkillBody

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = SetDefaultSkillVersionBody

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
 * The official SDK's name for {@link SkillResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type Skill = SkillResource

/**
 * The official SDK's name for {@link DeletedSkillResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type DeletedSkill = DeletedSkillResource

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type SkillUpdateParams = UpdateParams

/**
 * `POST /skills`.
 *
 * Sends a multipart form when a value is a file, JSON otherwise.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/CreateSkill
 * @example
 * const skill = yield* Skills.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<Skill, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "CreateSkill",
    method: "POST",
    path: "/skills",
    body: Operation.multipartIfFile(params, ["files"])
  }, options)

/**
 * `GET /skills/{skill_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/GetSkill
 * @example
 * const skill = yield* Skills.retrieve("skill_123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (skillId: string, options?: RequestOptions): Effect.Effect<Skill, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "GetSkill", method: "GET", path: Operation.path`/skills/${skillId}` }, options)

/**
 * `POST /skills/{skill_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/UpdateSkillDefaultVersion
 * @example
 * const skill = yield* Skills.update("skill_123", { default_version: "example" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  skillId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<Skill, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "UpdateSkillDefaultVersion",
    method: "POST",
    path: Operation.path`/skills/${skillId}`,
    body: params
  }, options)

/**
 * `GET /skills` as a `Stream` of items, fetching pages as they are pulled.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/ListSkills
 * @example
 * const items = yield* Skills.list().pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (params?: ListParams, options?: RequestOptions): Stream.Stream<Skill, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", { operationId: "ListSkills", method: "GET", path: "/skills", query: params }, options)

/**
 * `GET /skills`: one page, with the cursor to the next.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/ListSkills
 * @example
 * const page = yield* Skills.listPage()
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Skill>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", { operationId: "ListSkills", method: "GET", path: "/skills", query: params }, options)

/**
 * `DELETE /skills/{skill_id}`.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/DeleteSkill
 * @example
 * const deletedSkill = yield* Skills.delete("skill_123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  skillId: string,
  options?: RequestOptions
): Effect.Effect<DeletedSkill, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "DeleteSkill", method: "DELETE", path: Operation.path`/skills/${skillId}` }, options)

export { delete_ as delete }
