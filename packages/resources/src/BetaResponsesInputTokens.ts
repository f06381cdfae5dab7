/**
 * The `beta.responses.inputTokens` resource of the OpenAI API: `count`.
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
import type { BetaTokenCountsBody } from "./types/BetaTokenCountsBody.ts"
import type { BetaTokenCountsResource } from "./types/BetaTokenCountsResource.ts"

/**
 * The parameters of {@link count}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CountParams extends BetaTokenCountsBody {
  /** Sent as the `OpenAI-Beta` header. */
  readonly betas?: ReadonlyArray<"responses_multi_agent=v1" | (string & {})> | undefined
}

/**
 * The official SDK's name for {@link BetaTokenCountsResource}.
 *
 * @category models
 * @since 0.1.0
 */
export type InputTokenCountResponse = BetaTokenCountsResource

/**
 * `POST /responses/input_tokens?beta=true`.
 *
 * @see https://platform.openai.com/docs/api-reference/responses/beta_Getinputtokencounts
 * @example
 * const inputTokenCountResponse = yield* BetaResponsesInputTokens.count()
 * @category operations
 * @since 0.1.0
 */
export const count = (
  params: CountParams = {},
  options?: RequestOptions
): Effect.Effect<InputTokenCountResponse, OpenAIError, OpenAIClient> => {
  const { betas, ...body } = params
  return Operation.json({
    operationId: "beta_Getinputtokencounts",
    method: "POST",
    path: "/responses/input_tokens",
    query: { beta: "true" },
    body,
    beta: betas?.join(",")
  }, options)
}
