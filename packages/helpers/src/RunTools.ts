/**
 * Tool loops as a recursive Effect: call the model, run the tools it asks for, append its message
 * and the results, and call it again until it answers without tool calls.
 *
 * Tools are `effect/ai` `Tool`s in a `Toolkit`, sent as strict function tools (the conversion of
 * `StructuredOutput`). Their handlers come from `toolkit.toLayer(...)`, so what the handlers need
 * flows into the workflow's requirements. Arguments that do not decode, unknown tool names and
 * handler failures go back to the model as tool results, and the loop goes on. Parallel calls run
 * concurrently and their results are appended in call order. Interrupting the workflow interrupts
 * the running tools and runs their finalizers.
 *
 * ```ts
 * const GetWeather = Tool.make("get_weather", { parameters: Schema.Struct({ city: Schema.String }), success: Schema.String })
 * const toolkit = Toolkit.make(GetWeather)
 *
 * const result = yield* RunTools.run({
 *   model: "gpt-4o-mini",
 *   messages: [{ role: "user", content: "Weather in Paris?" }],
 *   toolkit
 * }).pipe(Effect.provide(toolkit.toLayer({ get_weather: ({ city }) => Effect.succeed(`18C in ${city}`) })))
 * console.log(result.finalContent)
 * ```
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Responses from "@openai-effect/resources/Responses"
import type { ChatCompletionMessageCustomToolCall } from "@openai-effect/resources/types/ChatCompletionMessageCustomToolCall"
import type { ChatCompletionMessageToolCall } from "@openai-effect/resources/types/ChatCompletionMessageToolCall"
import type { ChatCompletionRequestMessage } from "@openai-effect/resources/types/ChatCompletionRequestMessage"
import type { ChatCompletionResponseMessage } from "@openai-effect/resources/types/ChatCompletionResponseMessage"
import type { CompletionUsage } from "@openai-effect/resources/types/CompletionUsage"
import type { FunctionToolCall } from "@openai-effect/resources/types/FunctionToolCall"
import type { InputItem } from "@openai-effect/resources/types/InputItem"
import type { OutputItem } from "@openai-effect/resources/types/OutputItem"
import type { Response } from "@openai-effect/resources/types/Response"
import type { ResponseUsage } from "@openai-effect/resources/types/ResponseUsage"
import type * as Tool from "effect/ai/Tool"
import type * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as Queue from "effect/Queue"
import * as Stream from "effect/Stream"
import * as ChatCompletionStream from "./ChatCompletionStream.ts"
import {
  addUsage,
  type Call,
  type Emit,
  loop,
  MaxTurnsError,
  silent,
  streamedCall,
  type Turn
} from "./internal/toolLoop.ts"
import * as ResponseStream from "./ResponseStream.ts"
import type { UnsupportedSchemaError } from "./StructuredOutput.ts"

/**
 * What the loop adds to the create params: the `toolkit`, `maxTurns` (model calls, default 10) and
 * `concurrency` (tool calls at once, default all of a turn's calls).
 *
 * @example
 * const loop: RunTools.LoopParams<typeof toolkit.tools> = { toolkit, maxTurns: 5, concurrency: 4 }
 * @category params
 * @since 0.1.0
 */
export interface LoopParams<T extends Record<string, Tool.Any>> {
  readonly toolkit: Toolkit.Toolkit<T>
  readonly maxTurns?: number | undefined
  readonly concurrency?: number | "unbounded" | undefined
}

/**
 * The params of `run` and `stream`: chat completion create params (the toolkit supplies `tools`).
 *
 * @example
 * const params: RunTools.RunParams<typeof toolkit.tools> = { model: "gpt-4o-mini", messages, toolkit }
 * @category params
 * @since 0.1.0
 */
export type RunParams<T extends Record<string, Tool.Any>> =
  & Omit<ChatCompletions.CreateParams, "tools" | "stream">
  & LoopParams<T>

/**
 * The params of `runResponses` and `streamResponses`: Responses create params (the toolkit supplies
 * `tools`).
 *
 * @example
 * const params: RunTools.RunResponsesParams<typeof toolkit.tools> = { model: "gpt-4o-mini", input: "Hi", toolkit }
 * @category params
 * @since 0.1.0
 */
export type RunResponsesParams<T extends Record<string, Tool.Any>> =
  & Omit<Responses.CreateParams, "tools" | "stream">
  & LoopParams<T>

/**
 * What a chat tool loop ends with: the whole transcript (starting with the input messages), every
 * completion, the last assistant message and its content, and the usage summed over completions.
 *
 * @example
 * const { finalContent, usage }: RunTools.RunResult = yield* RunTools.run(params)
 * @category models
 * @since 0.1.0
 */
export interface RunResult {
  readonly messages: ReadonlyArray<ChatCompletionRequestMessage>
  readonly completions: ReadonlyArray<ChatCompletions.ChatCompletion>
  readonly finalMessage: ChatCompletionResponseMessage
  readonly finalContent: string | null
  readonly usage: CompletionUsage
}

/**
 * What a Responses tool loop ends with: the whole transcript as input items (starting with the
 * input), every response, the last one and its output text, and the usage summed over responses.
 *
 * @example
 * const { finalContent }: RunTools.RunResponsesResult = yield* RunTools.runResponses(params)
 * @category models
 * @since 0.1.0
 */
export interface RunResponsesResult {
  readonly items: ReadonlyArray<InputItem>
  readonly responses: ReadonlyArray<Response>
  readonly finalResponse: Response
  readonly finalContent: string
  readonly usage: ResponseUsage
}

/**
 * The model still asked for tools after `maxTurns` completions (see `internal/toolLoop.ts`).
 *
 * @category errors
 * @since 0.1.0
 */
export { MaxTurnsError }

/**
 * A tool call and what it gave back to the model (`isFailure` when that is an error: arguments that
 * did not decode, an unknown tool, a handler failure).
 *
 * @example
 * if (event.type === "tool_result") console.log(event.name, event.content)
 * @category events
 * @since 0.1.0
 */
export interface ToolResultEvent {
  readonly type: "tool_result"
  readonly id: string
  readonly name: string
  readonly arguments: string
  readonly content: string
  readonly isFailure: boolean
}

/**
 * The model's answer once it calls no more tools.
 *
 * @example
 * if (event.type === "final_content") console.log(event.content)
 * @category events
 * @since 0.1.0
 */
export interface FinalContentEvent {
  readonly type: "final_content"
  readonly content: string | null
}

/**
 * The events of a chat tool loop: each assistant message, each tool result, the final content.
 *
 * @example
 * if (event.type === "message") console.log(event.message.tool_calls)
 * @category events
 * @since 0.1.0
 */
export type RunEvent =
  | { readonly type: "message"; readonly message: ChatCompletionResponseMessage }
  | ToolResultEvent
  | FinalContentEvent

/**
 * The events of a Responses tool loop: each output item, each tool result, the final output text.
 *
 * @example
 * if (event.type === "output_item") console.log(event.item.type)
 * @category events
 * @since 0.1.0
 */
export type RunResponsesEvent =
  | { readonly type: "output_item"; readonly item: OutputItem }
  | ToolResultEvent
  | FinalContentEvent

/**
 * What a tool loop over `Tools` requires: the client, the toolkit's handlers and what they need.
 *
 * @example
 * type R = RunTools.Requirements<typeof toolkit.tools>
 * @category models
 * @since 0.1.0
 */
export type Requirements<T extends Record<string, Tool.Any>> =
  | OpenAIClient
  | Tool.HandlersFor<T>
  | Tool.HandlerServices<T[keyof T]>

const toolCall = (call: ChatCompletionMessageToolCall | ChatCompletionMessageCustomToolCall): Call =>
  call.type === "function"
    ? { id: call.id, name: call.function.name, arguments: call.function.arguments }
    : { id: call.id, name: call.custom.name, arguments: call.custom.input }

// The loop follows the first choice; a completion without one is an empty answer.
const firstMessage = (completion: ChatCompletions.ChatCompletion): ChatCompletionResponseMessage =>
  completion.choices[0]?.message ?? { role: "assistant", content: null, refusal: null }

const runChat = <T extends Record<string, Tool.Any>, CreateError>(
  params: RunParams<T>,
  complete: (
    body: Omit<ChatCompletions.CreateParams, "stream">
  ) => Effect.Effect<ChatCompletions.ChatCompletion, CreateError, OpenAIClient>,
  emit: Emit<RunEvent>
): Effect.Effect<RunResult, CreateError | MaxTurnsError | UnsupportedSchemaError, Requirements<T>> => {
  const { concurrency: _c, maxTurns: _m, toolkit: _t, ...create } = params
  return Effect.flatMap(
    loop(
      params,
      create.messages,
      (tools, messages) =>
        Effect.flatMap(
          complete({
            ...create,
            messages,
            tools: tools.map((definition) => ({ type: "function", function: definition }))
          }),
          (completion) => {
            const message = firstMessage(completion)
            const turn: Turn<ChatCompletionRequestMessage, ChatCompletions.ChatCompletion> = {
              completion,
              said: [{
                role: "assistant",
                content: message.content,
                ...(message.refusal === null ? {} : { refusal: message.refusal }),
                ...(message.tool_calls?.length ? { tool_calls: message.tool_calls } : {})
              }],
              calls: (message.tool_calls ?? []).map(toolCall)
            }
            return Effect.as(emit({ type: "message", message }), turn)
          }
        ),
      (call, content): ChatCompletionRequestMessage => ({ role: "tool", tool_call_id: call.id, content }),
      emit
    ),
    ({ completions, items }) => {
      const finalMessage = firstMessage(completions[completions.length - 1])
      const result: RunResult = {
        messages: items,
        completions,
        finalMessage,
        finalContent: finalMessage.content,
        usage: completions.reduce(
          (total, completion) => addUsage(total, completion.usage),
          { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } as CompletionUsage
        )
      }
      return Effect.as(emit({ type: "final_content", content: result.finalContent }), result)
    }
  )
}

/**
 * Runs a chat tool loop to the model's answer. Fails with `MaxTurnsError` when the model still asks
 * for tools after `maxTurns` completions, and with `UnsupportedSchemaError` (before any request)
 * when a tool's parameters cannot be sent as a strict schema. A named `tool_choice` returns once
 * that call has run; `parallel_tool_calls: false` runs a turn's calls one by one.
 *
 * @example
 * const result = yield* RunTools.run({ model: "gpt-4o-mini", messages, toolkit }).pipe(Effect.provide(HandlersLayer))
 * console.log(result.finalContent, result.usage.total_tokens)
 * @category operations
 * @since 0.1.0
 */
export const run = <T extends Record<string, Tool.Any>>(
  params: RunParams<T>,
  options?: RequestOptions
): Effect.Effect<RunResult, OpenAIError | MaxTurnsError | UnsupportedSchemaError, Requirements<T>> =>
  runChat(params, (body) => ChatCompletions.create(body, options), silent)

/**
 * The params of `stream`: those of `run`, and `stream: true` to stream each completion too.
 *
 * @example
 * const params: RunTools.StreamParams<typeof toolkit.tools> = { model: "gpt-4o-mini", messages, toolkit, stream: true }
 * @category params
 * @since 0.1.0
 */
export type StreamParams<T extends Record<string, Tool.Any>> = RunParams<T> & {
  readonly stream?: boolean | null | undefined
}

/**
 * Runs a chat tool loop as a `Stream` of its events: each assistant message, each tool call with
 * its result, and the final content. With `stream: true` each completion is streamed, and its
 * `ChatCompletionStream` events (`content.delta`, `tool_calls.function.arguments.delta`...) come
 * before its message. It fails as `run` does.
 *
 * @example
 * yield* RunTools.stream({ ...params, stream: true }).pipe(
 *   Stream.runForEach((event) => event.type === "content.delta" ? Console.log(event.delta) : Effect.void)
 * )
 * @category operations
 * @since 0.1.0
 */
export const stream = <T extends Record<string, Tool.Any>>(
  params: StreamParams<T>,
  options?: RequestOptions
): Stream.Stream<
  RunEvent | ChatCompletionStream.Event,
  OpenAIError | ChatCompletionStream.ChatCompletionStreamError | MaxTurnsError | UnsupportedSchemaError,
  Requirements<T>
> =>
  Stream.callback((queue) => {
    const { stream: streamed, ...rest } = params
    const emit = (event: RunEvent | ChatCompletionStream.Event) => Queue.offer(queue, event)
    return Queue.into(queue)(runChat(
      rest,
      streamed === true
        ? streamedCall(
          (body) => ChatCompletionStream.stream(body, options),
          (event) => event.type === "chatCompletion" ? event.completion : undefined,
          emit
        )
        : (body) => ChatCompletions.create(body, options),
      emit
    ))
  })

const functionCall = (item: OutputItem): item is FunctionToolCall => item.type === "function_call"

const runResponsesLoop = <T extends Record<string, Tool.Any>, CreateError>(
  params: RunResponsesParams<T>,
  complete: (body: Omit<Responses.CreateParams, "stream">) => Effect.Effect<Response, CreateError, OpenAIClient>,
  emit: Emit<RunResponsesEvent>
): Effect.Effect<RunResponsesResult, CreateError | MaxTurnsError | UnsupportedSchemaError, Requirements<T>> => {
  const { concurrency: _c, maxTurns: _m, toolkit: _t, ...create } = params
  const input: ReadonlyArray<InputItem> = typeof create.input === "string"
    ? [{ role: "user", content: create.input }]
    : create.input ?? []
  return Effect.flatMap(
    loop(
      params,
      input,
      (tools, items) =>
        Effect.flatMap(
          complete({
            ...create,
            input: items,
            tools: tools.map((definition) => ({ type: "function", description: null, ...definition }))
          }),
          (response) => {
            const turn: Turn<InputItem, Response> = {
              completion: response,
              // Output items are valid input items: the transcript carries them back as they came.
              said: response.output as ReadonlyArray<InputItem>,
              calls: response.output.filter(functionCall).map((item) => ({
                id: item.call_id,
                name: item.name,
                arguments: item.arguments
              }))
            }
            return Effect.as(Effect.forEach(response.output, (item) => emit({ type: "output_item", item })), turn)
          }
        ),
      (call, output): InputItem => ({ type: "function_call_output", call_id: call.id, output }),
      emit
    ),
    ({ completions, items }) => {
      const finalResponse = completions[completions.length - 1]
      const result: RunResponsesResult = {
        items,
        responses: completions,
        finalResponse,
        finalContent: outputText(finalResponse),
        usage: completions.reduce(
          (total, response) => addUsage(total, response.usage),
          {
            input_tokens: 0,
            input_tokens_details: { cached_tokens: 0, cache_write_tokens: 0 },
            output_tokens: 0,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: 0
          } as ResponseUsage
        )
      }
      return Effect.as(emit({ type: "final_content", content: result.finalContent }), result)
    }
  )
}

// The API's `output_text` is a convenience of the SDKs, not always in the body: join the text parts.
const outputText = (response: Response): string =>
  response.output_text
    ?? response.output.flatMap((item) =>
      item.type === "message" ? item.content.map((part) => part.type === "output_text" ? part.text : "") : []
    ).join("")

/**
 * Runs a Responses API tool loop to the model's answer, with the same rules as `run`.
 *
 * @example
 * const result = yield* RunTools.runResponses({ model: "gpt-4o-mini", input: "Weather in Paris?", toolkit })
 * console.log(result.finalContent)
 * @category operations
 * @since 0.1.0
 */
export const runResponses = <T extends Record<string, Tool.Any>>(
  params: RunResponsesParams<T>,
  options?: RequestOptions
): Effect.Effect<RunResponsesResult, OpenAIError | MaxTurnsError | UnsupportedSchemaError, Requirements<T>> =>
  runResponsesLoop(params, (body) => Responses.create(body, options), silent)

/**
 * The params of `streamResponses`: those of `runResponses`, and `stream: true` to stream each
 * response too.
 *
 * @example
 * const params: RunTools.StreamResponsesParams<typeof toolkit.tools> = { model, input: "Hi", toolkit, stream: true }
 * @category params
 * @since 0.1.0
 */
export type StreamResponsesParams<T extends Record<string, Tool.Any>> = RunResponsesParams<T> & {
  readonly stream?: boolean | null | undefined
}

/**
 * Runs a Responses API tool loop as a `Stream` of its events: each output item, each tool call with
 * its result, and the final output text. With `stream: true` each response is streamed, and its
 * `ResponseStream` events (`response.output_text.delta`...) come before its output items.
 *
 * @example
 * yield* RunTools.streamResponses(params).pipe(Stream.runForEach((event) => Console.log(event.type)))
 * @category operations
 * @since 0.1.0
 */
export const streamResponses = <T extends Record<string, Tool.Any>>(
  params: StreamResponsesParams<T>,
  options?: RequestOptions
): Stream.Stream<
  RunResponsesEvent | ResponseStream.Event,
  OpenAIError | ResponseStream.ResponseStreamError | MaxTurnsError | UnsupportedSchemaError,
  Requirements<T>
> =>
  Stream.callback((queue) => {
    const { stream: streamed, ...rest } = params
    const emit = (event: RunResponsesEvent | ResponseStream.Event) => Queue.offer(queue, event)
    return Queue.into(queue)(runResponsesLoop(
      rest,
      streamed === true
        ? streamedCall(
          (body) => ResponseStream.stream(body, options),
          (event): Response | undefined =>
            event.type === "response.completed"
              ? {
                ...event.response,
                // The fold's `parsed_arguments` stay out of the transcript sent back.
                output: event.response.output.map((item) => {
                  if (item.type !== "function_call") return item
                  const { parsed_arguments: _, ...call } = item
                  return call
                })
              }
              : undefined,
          emit
        )
        : (body) => Responses.create(body, options),
      emit
    ))
  })
