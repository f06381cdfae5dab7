/**
 * The `realtime.transcriptionSessions` resource of the OpenAI API: `create`.
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
import type { RealtimeTranscriptionSessionCreateRequest } from "./types/RealtimeTranscriptionSessionCreateRequest.ts"
import type { RealtimeTranscriptionSessionCreateResponse } from "./types/RealtimeTranscriptionSessionCreateResponse.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = RealtimeTranscriptionSessionCreateRequest

/**
 * `POST /realtime/transcription_sessions`.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime/create-realtime-transcription-session
 * @example
 * const realtimeTranscriptionSessionCreateResponse = yield* RealtimeTranscriptionSessions.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<RealtimeTranscriptionSessionCreateResponse, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "create-realtime-transcription-session",
    method: "POST",
    path: "/realtime/transcription_sessions",
    body: params
  }, options)
