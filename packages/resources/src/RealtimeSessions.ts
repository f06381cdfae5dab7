/**
 * The `realtime.sessions` resource of the OpenAI API: `create`.
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
import type { RealtimeSessionCreateRequest } from "./types/RealtimeSessionCreateRequest.ts"
import type { RealtimeSessionCreateResponse } from "./types/RealtimeSessionCreateResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = RealtimeSessionCreateRequest

/**
 * `POST /realtime/sessions`.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime/create-realtime-session
 * @example
 * const realtimeSessionCreateResponse = yield* RealtimeSessions.create({
 *   client_secret: { value: "example", expires_at: 0 }
 * })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<RealtimeSessionCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "create-realtime-session", method: "POST", path: "/realtime/sessions", body: params },
    options
  )
