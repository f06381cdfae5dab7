/**
 * The `audio.voices` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/audio
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { CreateVoiceRequest } from "./types/CreateVoiceRequest.ts"
import type { VoiceResource } from "./types/VoiceResource.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateVoiceRequest

/**
 * `POST /audio/voices`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/createVoice
 * @example
 * const voiceResource = yield* AudioVoices.create({
 *   name: "example",
 *   audio_sample: new File(["example"], "audio.mp3"),
 *   consent: "example"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<VoiceResource, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createVoice",
    method: "POST",
    path: "/audio/voices",
    body: Operation.multipart(params, ["audio_sample"])
  }, options)
