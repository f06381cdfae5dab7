/**
 * The `audio.translations` resource of the OpenAI API: `create`.
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
import type { CreateTranslationRequest } from "./types/CreateTranslationRequest.ts"
import type { CreateTranslationResponseJson } from "./types/CreateTranslationResponseJson.ts"
import type { CreateTranslationResponseVerboseJson } from "./types/CreateTranslationResponseVerboseJson.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateTranslationRequest

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type TranslationCreateParams = CreateParams

/**
 * `POST /audio/translations`.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/audio/createTranslation
 * @example
 * const translationCreateResponse = yield* AudioTranslations.create({
 *   file: new File(["example"], "file.jsonl"),
 *   model: "whisper-1"
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<CreateTranslationResponseJson | CreateTranslationResponseVerboseJson, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createTranslation",
    method: "POST",
    path: "/audio/translations",
    body: Operation.multipart(params, ["file"])
  }, options)
