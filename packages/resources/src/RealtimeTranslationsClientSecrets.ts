/**
 * The `realtime.translations.clientSecrets` resource of the OpenAI API: `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { RealtimeTranslationClientSecretCreateRequest } from "./types/RealtimeTranslationClientSecretCreateRequest.ts"
import type { RealtimeTranslationClientSecretCreateResponse } from "./types/RealtimeTranslationClientSecretCreateResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = RealtimeTranslationClientSecretCreateRequest

/**
 * `POST /realtime/translations/client_secrets`.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime/create-realtime-translation-client-secret
 * @example
 * const realtimeTranslationClientSecretCreateResponse = yield* RealtimeTranslationsClientSecrets.create({
 *   session: { model: "example" }
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<RealtimeTranslationClientSecretCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-realtime-translation-client-secret",
    method: "POST",
    path: "/realtime/translations/client_secrets",
    body: params
  }, options)
