/**
 * The `moderations` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/moderations
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { CreateModerationRequest } from "./types/CreateModerationRequest.ts"
import type { CreateModerationResponse } from "./types/CreateModerationResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateModerationRequest

/**
 * The official SDK's name for {@link CreateModerationResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ModerationCreateResponse = CreateModerationResponse

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ModerationCreateParams = CreateParams

/**
 * `POST /moderations`.
 *
 * @see https://platform.openai.com/docs/api-reference/moderations/createModeration
 * @example
 * const moderationCreateResponse = yield* Moderations.create({ input: "I want to hug everyone." })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<ModerationCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({ operationId: "createModeration", method: "POST", path: "/moderations", body: params }, options)
