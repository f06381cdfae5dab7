/**
 * The `audio.speech` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/audio
 * @since 0.1.0
 */

import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { CreateSpeechRequest } from "./types/CreateSpeechRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateSpeechRequest

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type SpeechCreateParams = CreateParams

/**
 * `POST /audio/speech`: the response body as a byte stream.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/createSpeech
 * @example
 * const response = yield* AudioSpeech.create({ model: "gpt-4o-mini-tts", voice: "alloy", input: "Hello there!" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary({ operationId: "createSpeech", method: "POST", path: "/audio/speech", body: params }, options)
