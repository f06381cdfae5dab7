/**
 * The `responses.inputTokens` resource of the OpenAI API: `count`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/responses
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { TokenCountsBody } from "./types/TokenCountsBody.ts"
import type { TokenCountsResource } from "./types/TokenCountsResource.ts"

/**
 * The parameters of {@link count}.
 *
 * @category params
 * @since 0.1.0
 */
export type CountParams = TokenCountsBody

/**
 * The official SDK's name for {@link TokenCountsResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type InputTokenCountResponse = TokenCountsResource

/**
 * `POST /responses/input_tokens`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/Getinputtokencounts
 * @example
 * const inputTokenCountResponse = yield* ResponsesInputTokens.count()
 * @category operations
 * @since 0.1.0
 */
export const count = (
  params: CountParams = {},
  options?: RequestOptions
): Effect.Effect<InputTokenCountResponse, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "Getinputtokencounts", method: "POST", path: "/responses/input_tokens", body: params },
    options
  )
