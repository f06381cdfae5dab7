/**
 * The `skills.content` resource of the OpenAI API: `retrieve`.
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
 * `GET /skills/{skill_id}/content`: the response body as a byte stream.
 *
 * @see https://platform.openai.com/docs/api-reference/skills/GetSkillContent
 * @example
 * const response = yield* SkillsContent.retrieve("skill_123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  skillId: string,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary(
    { operationId: "GetSkillContent", method: "GET", path: Operation.path`/skills/${skillId}/content` },
    options
  )
