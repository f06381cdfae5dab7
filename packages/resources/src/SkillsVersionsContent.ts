/**
 * The `skills.versions.content` resource of the OpenAI API: `retrieve`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/skills
 * @since 0.1.0
 */

import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"

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
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ContentRetrieveParams = RetrieveParams

/**
 * `GET /skills/{skill_id}/versions/{version}/content`: the response body as a byte stream.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/GetSkillVersionContent
 * @example
 * const response = yield* SkillsVersionsContent.retrieve("version_abc123", { skill_id: "skill_123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  version: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary({
    operationId: "GetSkillVersionContent",
    method: "GET",
    path: Operation.path`/skills/${params.skill_id}/versions/${version}/content`
  }, options)
