/**
 * The `realtime.calls` resource of the OpenAI API: `accept`, `hangup`, `refer`, `reject`, `create`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime-calls
 * @since 0.1.0
 */

import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type { RealtimeCallCreateRequest } from "./types/RealtimeCallCreateRequest.ts"
import type { RealtimeCallReferRequest } from "./types/RealtimeCallReferRequest.ts"
import type { RealtimeCallRejectRequest } from "./types/RealtimeCallRejectRequest.ts"
import type { RealtimeSessionCreateRequestGA } from "./types/RealtimeSessionCreateRequestGA.ts"

/**
 * The parameters of {@link accept}.
 *
 * @category params
 * @since 0.1.0
 */
export type AcceptParams = RealtimeSessionCreateRequestGA

/**
 * The parameters of {@link refer}.
 *
 * @category params
 * @since 0.1.0
 */
export type ReferParams = RealtimeCallReferRequest

/**
 * The parameters of {@link reject}.
 *
 * @category params
 * @since 0.1.0
 */
export type RejectParams = RealtimeCallRejectRequest

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = RealtimeCallCreateRequest

/**
 * The official SDK's name for {@link AcceptParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CallAcceptParams = AcceptParams

/**
 * The official SDK's name for {@link ReferParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type CallReferParams = ReferParams

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type RealtimeAudioConfig = NonNullable<
  import("./types/RealtimeSessionCreateRequestGA.ts").RealtimeSessionCreateRequestGA["audio"]
>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type RealtimeAudioConfigInput = NonNullable<
  NonNullable<import("./types/RealtimeSessionCreateRequestGA.ts").RealtimeSessionCreateRequestGA["audio"]>["input"]
>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type RealtimeAudioConfigOutput = NonNullable<
  NonNullable<import("./types/RealtimeSessionCreateRequestGA.ts").RealtimeSessionCreateRequestGA["audio"]>["output"]
>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type RealtimeToolChoiceConfig = NonNullable<
  import("./types/RealtimeSessionCreateRequestGA.ts").RealtimeSessionCreateRequestGA["tool_choice"]
>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type RealtimeToolsConfig = NonNullable<
  import("./types/RealtimeSessionCreateRequestGA.ts").RealtimeSessionCreateRequestGA["tools"]
>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type RealtimeToolsConfigUnion = Extract<
  NonNullable<import("./types/RealtimeSessionCreateRequestGA.ts").RealtimeSessionCreateRequestGA["tools"]>,
  ReadonlyArray<unknown>
>[number]

/**
 * The official SDK's name for {@link ToolChoiceMCP}.
 *
 * @category params
 * @since 0.1.0
 */
export type ToolChoiceMcp = import("./types/ToolChoiceMCP.ts").ToolChoiceMCP

/**
 * The official SDK's name for {@link AudioTranscription}.
 *
 * @category params
 * @since 0.1.0
 */
export type { AudioTranscription } from "./types/AudioTranscription.ts"

/**
 * The official SDK's name for {@link RealtimeAudioFormats}.
 *
 * @category params
 * @since 0.1.0
 */
export type { RealtimeAudioFormats } from "./types/RealtimeAudioFormats.ts"

/**
 * The official SDK's name for {@link RealtimeFunctionTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { RealtimeFunctionTool } from "./types/RealtimeFunctionTool.ts"

/**
 * The official SDK's name for {@link RealtimeReasoning}.
 *
 * @category params
 * @since 0.1.0
 */
export type { RealtimeReasoning } from "./types/RealtimeReasoning.ts"

/**
 * The official SDK's name for {@link RealtimeReasoningEffort}.
 *
 * @category params
 * @since 0.1.0
 */
export type { RealtimeReasoningEffort } from "./types/RealtimeReasoningEffort.ts"

/**
 * The official SDK's name for {@link RealtimeTruncation}.
 *
 * @category params
 * @since 0.1.0
 */
export type { RealtimeTruncation } from "./types/RealtimeTruncation.ts"

/**
 * The official SDK's name for {@link ToolChoiceFunction}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceFunction } from "./types/ToolChoiceFunction.ts"

/**
 * The official SDK's name for {@link ToolChoiceOptions}.
 *
 * @category params
 * @since 0.1.0
 */
export type { ToolChoiceOptions } from "./types/ToolChoiceOptions.ts"

/**
 * `POST /realtime/calls/{call_id}/accept`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/accept-realtime-call
 * @example
 * yield* RealtimeCalls.accept("call_abc123", { type: "realtime" })
 * @category operations
 * @since 0.1.0
 */
export const accept = (
  callId: string,
  params: AcceptParams,
  options?: RequestOptions
): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty({
    operationId: "accept-realtime-call",
    method: "POST",
    path: Operation.path`/realtime/calls/${callId}/accept`,
    body: params
  }, options)

/**
 * `POST /realtime/calls/{call_id}/hangup`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/hangup-realtime-call
 * @example
 * yield* RealtimeCalls.hangup("call_abc123")
 * @category operations
 * @since 0.1.0
 */
export const hangup = (callId: string, options?: RequestOptions): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty({
    operationId: "hangup-realtime-call",
    method: "POST",
    path: Operation.path`/realtime/calls/${callId}/hangup`
  }, options)

/**
 * `POST /realtime/calls/{call_id}/refer`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/refer-realtime-call
 * @example
 * yield* RealtimeCalls.refer("call_abc123", { target_uri: "example" })
 * @category operations
 * @since 0.1.0
 */
export const refer = (
  callId: string,
  params: ReferParams,
  options?: RequestOptions
): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty({
    operationId: "refer-realtime-call",
    method: "POST",
    path: Operation.path`/realtime/calls/${callId}/refer`,
    body: params
  }, options)

/**
 * `POST /realtime/calls/{call_id}/reject`: no response body.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime-calls/reject-realtime-call
 * @example
 * yield* RealtimeCalls.reject("call_abc123")
 * @category operations
 * @since 0.1.0
 */
export const reject = (
  callId: string,
  params: RejectParams = {},
  options?: RequestOptions
): Effect.Effect<void, OpenAIError, OpenAIClient> =>
  Operation.empty({
    operationId: "reject-realtime-call",
    method: "POST",
    path: Operation.path`/realtime/calls/${callId}/reject`,
    body: params
  }, options)

/**
 * `POST /realtime/calls`: the response body as a byte stream.
 *
 * Sends a multipart form.
 *
 * @see https://platform.openai.com/docs/api-reference/realtime/create-realtime-call
 * @example
 * const response = yield* RealtimeCalls.create({ sdp: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams,
  options?: RequestOptions
): Effect.Effect<BinaryResponse, OpenAIError, OpenAIClient> =>
  Operation.binary({
    operationId: "create-realtime-call",
    method: "POST",
    path: "/realtime/calls",
    body: Operation.multipart(params)
  }, options)
