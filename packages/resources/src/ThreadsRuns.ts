/**
 * The `beta.threads.runs` resource of the OpenAI API: `create`, `createStream`, `retrieve`,
 * `update`, `list`, `listPage`, `cancel`, `submitToolOutputs`, `submitToolOutputsStream`, `poll`,
 * `createAndPoll`, `submitToolOutputsAndPoll`, `createAndStream`.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * Hand-written: `poll`, `createAndPoll`, `submitToolOutputsAndPoll`, `createAndStream`, in
 * `./extensions/ThreadsRuns.ts`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads
 * @since 0.1.0
 */

import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { Page } from "@openai-effect/core/Page"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type * as Effect from "effect/Effect"
import type * as Stream from "effect/Stream"
import type { AssistantStreamEvent } from "./types/AssistantStreamEvent.ts"
import type { CreateRunRequest } from "./types/CreateRunRequest.ts"
import type { ModifyRunRequest } from "./types/ModifyRunRequest.ts"
import type { RunObject } from "./types/RunObject.ts"
import type { SubmitToolOutputsRunRequest } from "./types/SubmitToolOutputsRunRequest.ts"

/**
 * The parameters of {@link create}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CreateParams extends CreateRunRequest {
  readonly include?: ReadonlyArray<"step_details.tool_calls[*].file_search.results[*].content"> | undefined
}

/**
 * `create` returns one result: `stream: true` is `createStream`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallCreateStreamToStream {
  readonly "~call createStream": never
}

/**
 * `createStream` always streams: `stream: false` is `create`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallCreateForOneResult {
  readonly "~call create": never
}

/**
 * The parameters of {@link retrieve}.
 *
 * @category params
 * @since 0.1.0
 */
export interface RetrieveParams {
  readonly thread_id: string
}

/**
 * The parameters of {@link update}.
 *
 * @category params
 * @since 0.1.0
 */
export interface UpdateParams extends ModifyRunRequest {
  readonly thread_id: string
}

/**
 * The parameters of {@link list}.
 *
 * @category params
 * @since 0.1.0
 */
export interface ListParams {
  /** @default 20 */
  readonly limit?: number | undefined
  /** @default "desc" */
  readonly order?: "asc" | "desc" | undefined
  readonly after?: string | undefined
  readonly before?: string | undefined
}

/**
 * The parameters of {@link cancel}.
 *
 * @category params
 * @since 0.1.0
 */
export interface CancelParams {
  readonly thread_id: string
}

/**
 * The parameters of {@link submitToolOutputs}.
 *
 * @category params
 * @since 0.1.0
 */
export interface SubmitToolOutputsParams extends SubmitToolOutputsRunRequest {
  readonly thread_id: string
}

/**
 * `submitToolOutputs` returns one result: `stream: true` is `submitToolOutputsStream`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallSubmitToolOutputsStreamToStream {
  readonly "~call submitToolOutputsStream": never
}

/**
 * `submitToolOutputsStream` always streams: `stream: false` is `submitToolOutputs`'s job. This type appears in the type error and has no value.
 *
 * @category params
 * @since 0.1.0
 */
export interface CallSubmitToolOutputsForOneResult {
  readonly "~call submitToolOutputs": never
}

/**
 * The official SDK's name for {@link RunObject}.
 *
 * @category models
 * @since 0.1.0
 */
export type Run = RunObject

/**
 * The official SDK's name for {@link CreateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunCreateParams = CreateParams

/**
 * The official SDK's name for {@link RetrieveParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunRetrieveParams = RetrieveParams

/**
 * The official SDK's name for {@link UpdateParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunUpdateParams = UpdateParams

/**
 * The official SDK's name for {@link CancelParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunCancelParams = CancelParams

/**
 * The official SDK's name for {@link SubmitToolOutputsParams}.
 *
 * @category params
 * @since 0.1.0
 */
export type RunSubmitToolOutputsParams = SubmitToolOutputsParams

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantToolChoice = NonNullable<import("./types/CreateRunRequest.ts").CreateRunRequest["tool_choice"]>

/**
 * The official SDK's name for this type of the params.
 *
 * @category params
 * @since 0.1.0
 */
export type AssistantToolChoiceOption = NonNullable<
  import("./types/CreateRunRequest.ts").CreateRunRequest["tool_choice"]
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
 * `POST /threads/{thread_id}/runs`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/createRun
 * @example
 * const run = yield* ThreadsRuns.create("thread_abc123", { assistant_id: "example" })
 * @category operations
 * @since 0.1.0
 */
export const create = (
  threadId: string,
  params: CreateParams & {
    /** Never `true` here: call {@link createStream} to stream. */
    readonly stream?: false | null | CallCreateStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<Run, OpenAIError, OpenAIClient> => {
  const { include, ...body } = params
  return Operation.json({
    operationId: "createRun",
    method: "POST",
    path: Operation.path`/threads/${threadId}/runs`,
    query: { include },
    body,
    beta: "assistants=v2"
  }, options)
}

/**
 * `POST /threads/{thread_id}/runs` with `stream: true`, as a `Stream` of server-sent events.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/createRun
 * @example
 * yield* ThreadsRuns.createStream("thread_abc123", { assistant_id: "example" }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const createStream = (
  threadId: string,
  params: CreateParams & {
    /** Always `true` here: call {@link create} for one result. */
    readonly stream?: true | CallCreateForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<AssistantStreamEvent, OpenAIError, OpenAIClient> => {
  const { include, ...body } = params
  return Operation.sse(
    {
      operationId: "createRun",
      method: "POST",
      path: Operation.path`/threads/${threadId}/runs`,
      query: { include },
      body: { ...body, stream: true },
      beta: "assistants=v2"
    },
    options,
    "named"
  )
}

/**
 * `GET /threads/{thread_id}/runs/{run_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/getRun
 * @example
 * const run = yield* ThreadsRuns.retrieve("run_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const retrieve = (
  runId: string,
  params: RetrieveParams,
  options?: RequestOptions
): Effect.Effect<Run, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "getRun",
    method: "GET",
    path: Operation.path`/threads/${params.thread_id}/runs/${runId}`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/{thread_id}/runs/{run_id}`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/modifyRun
 * @example
 * const run = yield* ThreadsRuns.update("run_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const update = (
  runId: string,
  params: UpdateParams,
  options?: RequestOptions
): Effect.Effect<Run, OpenAIError, OpenAIClient> => {
  const { thread_id, ...body } = params
  return Operation.json({
    operationId: "modifyRun",
    method: "POST",
    path: Operation.path`/threads/${thread_id}/runs/${runId}`,
    body,
    beta: "assistants=v2"
  }, options)
}

/**
 * `GET /threads/{thread_id}/runs` as a `Stream` of items, fetching pages as they are pulled.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/listRuns
 * @example
 * const items = yield* ThreadsRuns.list("thread_abc123").pipe(Stream.take(20), Stream.runCollect)
 * @category operations
 * @since 0.1.0
 */
export const list = (
  threadId: string,
  params?: ListParams,
  options?: RequestOptions
): Stream.Stream<Run, OpenAIError, OpenAIClient> =>
  Operation.list("cursor", {
    operationId: "listRuns",
    method: "GET",
    path: Operation.path`/threads/${threadId}/runs`,
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `GET /threads/{thread_id}/runs`: one page, with the cursor to the next.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/listRuns
 * @example
 * const page = yield* ThreadsRuns.listPage("thread_abc123")
 * @category operations
 * @since 0.1.0
 */
export const listPage = (
  threadId: string,
  params?: ListParams,
  options?: RequestOptions
): Effect.Effect<Page<Run>, OpenAIError, OpenAIClient> =>
  Operation.page("cursor", {
    operationId: "listRuns",
    method: "GET",
    path: Operation.path`/threads/${threadId}/runs`,
    query: params,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/{thread_id}/runs/{run_id}/cancel`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/cancelRun
 * @example
 * const run = yield* ThreadsRuns.cancel("run_abc123", { thread_id: "thread_abc123" })
 * @category operations
 * @since 0.1.0
 */
export const cancel = (
  runId: string,
  params: CancelParams,
  options?: RequestOptions
): Effect.Effect<Run, OpenAIError, OpenAIClient> =>
  Operation.json({
    operationId: "cancelRun",
    method: "POST",
    path: Operation.path`/threads/${params.thread_id}/runs/${runId}/cancel`,
    beta: "assistants=v2"
  }, options)

/**
 * `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs`.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/submitToolOuputsToRun
 * @example
 * const run = yield* ThreadsRuns.submitToolOutputs("run_abc123", { thread_id: "thread_abc123", tool_outputs: [{}] })
 * @category operations
 * @since 0.1.0
 */
export const submitToolOutputs = (
  runId: string,
  params: SubmitToolOutputsParams & {
    /** Never `true` here: call {@link submitToolOutputsStream} to stream. */
    readonly stream?: false | null | CallSubmitToolOutputsStreamToStream | undefined
  },
  options?: RequestOptions
): Effect.Effect<Run, OpenAIError, OpenAIClient> => {
  const { thread_id, ...body } = params
  return Operation.json({
    operationId: "submitToolOuputsToRun",
    method: "POST",
    path: Operation.path`/threads/${thread_id}/runs/${runId}/submit_tool_outputs`,
    body,
    beta: "assistants=v2"
  }, options)
}

/**
 * `POST /threads/{thread_id}/runs/{run_id}/submit_tool_outputs` with `stream: true`, as a `Stream` of
 * server-sent events.
 *
 * Sends `OpenAI-Beta: assistants=v2`.
 *
 * @see https://platform.openai.com/docs/api-reference/threads/submitToolOuputsToRun
 * @example
 * yield* ThreadsRuns.submitToolOutputsStream("run_abc123", { thread_id: "thread_abc123", tool_outputs: [{}] }).pipe(Stream.runForEach((event) => Console.log(event)))
 * @category operations
 * @since 0.1.0
 */
export const submitToolOutputsStream = (
  runId: string,
  params: SubmitToolOutputsParams & {
    /** Always `true` here: call {@link submitToolOutputs} for one result. */
    readonly stream?: true | CallSubmitToolOutputsForOneResult | undefined
  },
  options?: RequestOptions
): Stream.Stream<AssistantStreamEvent, OpenAIError, OpenAIClient> => {
  const { thread_id, ...body } = params
  return Operation.sse(
    {
      operationId: "submitToolOuputsToRun",
      method: "POST",
      path: Operation.path`/threads/${thread_id}/runs/${runId}/submit_tool_outputs`,
      body: { ...body, stream: true },
      beta: "assistants=v2"
    },
    options,
    "named"
  )
}

export * from "./extensions/ThreadsRuns.ts"
