/**
 * The `realtime.clientSecrets` resource of the OpenAI API: `create`.
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
import type { RealtimeCreateClientSecretRequest } from "./types/RealtimeCreateClientSecretRequest.ts"
import type { RealtimeCreateClientSecretResponse } from "./types/RealtimeCreateClientSecretResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = RealtimeCreateClientSecretRequest

/**
 * The official SDK's name for {@link RealtimeCreateClientSecretResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ClientSecretCreateResponse = RealtimeCreateClientSecretResponse

/**
 * `POST /realtime/client_secrets`.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime/create-realtime-client-secret
 * @example
 * const clientSecretCreateResponse = yield* RealtimeClientSecrets.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<ClientSecretCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-realtime-client-secret",
    method: "POST",
    path: "/realtime/client_secrets",
    body: params
  }, options)
