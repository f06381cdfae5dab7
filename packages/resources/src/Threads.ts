/**
 * The `beta.threads` resource of the OpenAI API: `create`, `retrieve`, `update`, `delete`,
 * `createAndRun`, `createAndRunStream`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @see https://platform.openai.com/docs/api-reference/threads
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { AssistantStreamEvent } from "./types/AssistantStreamEvent.ts"
import type { CreateThreadAndRunRequest } from "./types/CreateThreadAndRunRequest.ts"
import type { CreateThreadRequest } from "./types/CreateThreadRequest.ts"
import type { DeleteThreadResponse } from "./types/DeleteThreadResponse.ts"
import type { ModifyThreadRequest } from "./types/ModifyThreadRequest.ts"
import type { RunObject } from "./types/RunObject.ts"
import type { ThreadObject } from "./types/ThreadObject.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateParams = CreateThreadRequest

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export type UpdateParams = ModifyThreadRequest

/**
 * The parameters of {@link createAndRun}.
 *
 * @category params
 * @since 0.1.0
 */
export type CreateAndRunParams = CreateThreadAndRunRequest

/**
 * `createAndRun` returns one result: `stream: true` is `createAndRunStream`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallCreateAndRunStreamToStream {
  readonly "~call createAndRunStream": never
}

/**
 * `createAndRunStream` always streams: `stream: false` is `createAndRun`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallCreateAndRunForOneResult {
  readonly "~call createAndRun": never
}

/**
 * The official SDK's name for {@link ThreadObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type Thread = ThreadObject

/**
 * The official SDK's name for {@link DeleteThreadResponse}.
 *
 * @category models
 * @since 0.1.0
 */
export type ThreadDeleted = DeleteThreadResponse

/**
 * The official SDK's name for {@link RunObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type Run = RunObject

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ThreadUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link CreateAndRunParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type ThreadCreateAndRunParams = CreateAndRunParams

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantToolChoice = NonNullable<
  import("./types/CreateThreadAndRunRequest.ts").CreateThreadAndRunRequest["tool_choice"]
>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantToolChoiceOption = NonNullable<
  import("./types/CreateThreadAndRunRequest.ts").CreateThreadAndRunRequest["tool_choice"]
>

/**
 * The official SDK's name for {@link AssistantToolsCode}.
 *
 * @category params
 * @since 0.1.0
 */
export type CodeInterpreterTool = import("./types/AssistantToolsCode.ts").AssistantToolsCode

/**
 * The official SDK's name for {@link AssistantToolsFileSearch}.
 *
 * @category params
 * @since 0.1.0
 */
export type FileSearchTool = import("./types/AssistantToolsFileSearch.ts").AssistantToolsFileSearch

/**
 * The official SDK's name for {@link FunctionObject}.
 *
 * @category params
 * @since 0.1.0
 */
export type FunctionDefinition = import("./types/FunctionObject.ts").FunctionObject

/**
 * The official SDK's name for {@link AssistantToolsFunction}.
 *
 * @category params
 * @since 0.1.0
 */
export type FunctionTool = import("./types/AssistantToolsFunction.ts").AssistantToolsFunction

/**
 * The official SDK's name for {@link AssistantTool}.
 *
 * @category params
 * @since 0.1.0
 */
export type { AssistantTool } from "./types/AssistantTool.ts"

/**
 * The official SDK's name for {@link FunctionParameters}.
 *
 * @category params
 * @since 0.1.0
 */
export type { FunctionParameters } from "./types/FunctionParameters.ts"

/**
 * `POST /threads`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/createThread
 * @example
 * const thread = yield* Threads.create()
 * @category operations
 * @since 0.1.0
 */
export const create = (
  params: CreateParams = {},
  options?: RequestOptions
): Effect.Effect<Thread, OpenAIError, OpenAIClient> =>
  Operation.json(
    { operationId: "createThread", method: "POST", path: "/threads", body: params, beta: "assistants=v2" },
    options
  )

/**
 * `GET /threads/{thread_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/getThread
 * @example
 * const thread = yield* Threads.retrieve("thread_abc123")
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  threadId: string,
  options?: RequestOptions
): Effect.Effect<Thread, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getThread",
    method: "GET",
    path: Operation.path`/threads/${threadId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/{thread_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/modifyThread
 * @example
 * const thread = yield* Threads.update("thread_abc123")
 * @category operations
 * @since 0.1.0
 */
export const update = (
  threadId: string,
  params: UpdateParams = {},
  options?: RequestOptions
): Effect.Effect<Thread, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "modifyThread",
    method: "POST",
    path: Operation.path`/threads/${threadId}`,
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `DELETE /threads/{thread_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/deleteThread
 * @example
 * const threadDeleted = yield* Threads.delete("thread_abc123")
 * @category operations
 * @since 0.1.0
 */
export const delete_ = (
  threadId: string,
  options?: RequestOptions
): Effect.Effect<ThreadDeleted, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "deleteThread",
    method: "DELETE",
    path: Operation.path`/threads/${threadId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/runs`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/createThreadAndRun
 * @example
 * const run = yield* Threads.createAndRun({ assistant_id: "example" })
 * @category operations
 * @since 0.1.0
 */
export const createAndRun = (
  params: CreateAndRunParams & {
    /** Never `true` here: call {@link createAndRunStream} to stream. */
    readonly stream?: false | null | CallCreateAndRunStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<Run, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "createThreadAndRun",
    method: "POST",
    path: "/threads/runs",
    body: params,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/runs` with `stream: true`, as a `Stream` of server-sent events.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/createThreadAndRun
 * @example
 * yield* Threads.createAndRunStream({ assistant_id: "example" }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createAndRunStream = (
  params: CreateAndRunParams & {
    /** Always `true` here: call {@link createAndRun} for one result. */
    readonly stream?: true | CallCreateAndRunForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<AssistantStreamEvent, OpenAIError, OpenAIClient> =>
  Operation.sse(
    {
      operationId: "createThreadAndRun",
      method: "POST",
      path: "/threads/runs",
      body: { ...params, stream: true },
      beta: "assistants=v2"
    },
    options,
    "named"
  )

export { delete_ as delete }
