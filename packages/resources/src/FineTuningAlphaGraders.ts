/**
 * The `fineTuning.alpha.graders` resource of the OpenAI API: `run`, `validate`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/graders
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { RunGraderRequest } from "./types/RunGraderRequest.ts"
import type { RunGraderResponse } from "./types/RunGraderResponse.ts"
import type { ValidateGraderRequest } from "./types/ValidateGraderRequest.ts"
import type { ValidateGraderResponse } from "./types/ValidateGraderResponse.ts"

/**
 * The parameters of {@link run}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunParams = RunGraderRequest

/**
 * The parameters of {@link validate}.
 *
 * @category params
 * @since 0.1.0
 */
export type ValidateParams = ValidateGraderRequest

/**
 * The official SDK's name for {@link RunGraderResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type GraderRunResponse = RunGraderResponse

/**
 * The official SDK's name for {@link ValidateGraderResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type GraderValidateResponse = ValidateGraderResponse

/**
 * `POST /fine_tuning/alpha/graders/run`.
 *
 * @see https://platform.openai.com/docs/api-reference/graders/runGrader
 * @example
 * const graderRunResponse = yield* FineTuningAlphaGraders.run({
 *   grader: { type: "python", name: "example", source: "example" },
 *   model_sample: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const run = (
  params: RunParams,
  options?: RequestOptions
): Effect.Effect<GraderRunResponse, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "runGrader", method: "POST", path: "/fine_tuning/alpha/graders/run", body: params },
    options
  )

/**
 * `POST /fine_tuning/alpha/graders/validate`.
 *
 * @see https://platform.openai.com/docs/api-reference/graders/validateGrader
 * @example
 * const graderValidateResponse = yield* FineTuningAlphaGraders.validate({
 *   grader: { type: "python", name: "example", source: "example" }
 * })
 * @category operations
 * @since 0.1.0
 */
export const validate = (
  params: ValidateParams,
  options?: RequestOptions
): Effect.Effect<GraderValidateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "validateGrader",
    method: "POST",
    path: "/fine_tuning/alpha/graders/validate",
    body: params
  }, options)
