/**
 * Streamed chat completions, accumulated: the events of the official SDK's
 * `chat.completions.stream` helper (same `type` strings) as a `Stream`, and
 * the final `ChatCompletion` as an `Effect`.
 *
 * ```ts
 * yield* ChatCompletionStream.stream({ model: "gpt-4o", messages }).pipe(
 *   Stream.runForEach((event) =>
 *     event.type === "content.delta" ? Console.log(event.delta) : Effect.void
 *   )
 * )
 * const completion = yield* ChatCompletionStream.accumulate(ChatCompletions.createStream(params))
 * ```
 *
 * Both are one fold over the chunks, so they work on any `Stream` of chunks:
 * one from `ChatCompletions.createStream`, a recorded one, one from another
 * OpenAI-compatible server. The fold keeps a snapshot of every choice
 * (content, refusal, tool calls with their arguments as text and parsed as
 * partial JSON, logprobs, audio, usage, finish reason), and accepts what
 * compatible servers send: a tool-call delta without `index` while one call
 * is in flight, chunks with empty `choices`, no role or finish reason,
 * Azure's chunks without `delta` and its content-filter fields (kept on the
 * completion and its choices). What cannot be read fails the stream with a
 * `ChatCompletionStreamError`.
 *
 * Snapshots and events are never changed after they are emitted.
 *
 * @since 0.1.0
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import type { ChatCompletionTokenLogprob } from "@openai-effect/resources/types/ChatCompletionTokenLogprob"
import type { CompletionUsage } from "@openai-effect/resources/types/CompletionUsage"
import type { CreateChatCompletionStreamResponse } from "@openai-effect/resources/types/CreateChatCompletionStreamResponse"
import type * as Arr from "effect/Array"
import * as Cause from "effect/Cause"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Pull from "effect/Pull"
import * as Stream from "effect/Stream"
import { ChatFold, Failure } from "./internal/chatFold.ts"

/**
 * One chunk of a streamed chat completion.
 *
 * @category models
 * @since 0.1.0
 */
export type ChatCompletionChunk = CreateChatCompletionStreamResponse

/**
 * Why a choice ended.
 *
 * @category models
 * @since 0.1.0
 */
export type FinishReason = ChatCompletions.ChatCompletion["choices"][number]["finish_reason"]

/**
 * A tool call as received so far. `parsed_arguments` is the value the
 * arguments stand for so far (open strings, arrays and objects closed), or
 * `undefined` while they hold no value yet or cannot be JSON.
 *
 * @category models
 * @since 0.1.0
 */
export type ToolCallSnapshot =
  | {
    readonly index: number
    readonly id: string | undefined
    readonly type: "function"
    readonly function: {
      readonly name: string
      readonly arguments: string
      readonly parsed_arguments: unknown
    }
  }
  | {
    readonly index: number
    readonly id: string | undefined
    readonly type: "custom"
    readonly custom: { readonly name: string; readonly input: string }
  }

/**
 * Audio received so far: `data` and `transcript` grow, `id` and `expires_at`
 * arrive once.
 *
 * @category models
 * @since 0.1.0
 */
export interface AudioSnapshot {
  readonly id?: string
  readonly data?: string
  readonly transcript?: string
  readonly expires_at?: number
}

/**
 * The assistant message of a choice so far. Fields a compatible server adds
 * to its deltas (`reasoning_content`...) are kept too: text and arrays
 * appended, other values replaced.
 *
 * @category models
 * @since 0.1.0
 */
export interface MessageSnapshot {
  readonly [key: string]: unknown
  readonly role: string | undefined
  readonly content: string | null
  readonly refusal: string | null
  readonly tool_calls?: ReadonlyArray<ToolCallSnapshot>
  readonly function_call?: { readonly name: string; readonly arguments: string }
  readonly audio?: AudioSnapshot
}

/**
 * One choice so far. Fields a server adds to its choices (Azure's
 * `content_filter_results`) are kept as last received.
 *
 * @category models
 * @since 0.1.0
 */
export interface ChoiceSnapshot {
  readonly [key: string]: unknown
  readonly index: number
  readonly message: MessageSnapshot
  readonly finish_reason: FinishReason | null
  readonly logprobs: {
    readonly content: ReadonlyArray<ChatCompletionTokenLogprob> | null
    readonly refusal: ReadonlyArray<ChatCompletionTokenLogprob> | null
  } | null
}

/**
 * The completion so far: its choices by index, `usage` once sent, and the
 * other fields of the chunks (`system_fingerprint`, Azure's
 * `prompt_filter_results`...) as last received.
 *
 * @category models
 * @since 0.1.0
 */
export interface ChatCompletionSnapshot {
  readonly [key: string]: unknown
  readonly id: string
  readonly created: number
  readonly model: string
  readonly choices: ReadonlyArray<ChoiceSnapshot>
  readonly usage?: CompletionUsage
}

/**
 * What a stream of chunks tells, in the official SDK's vocabulary. Every
 * event of a choice carries its `choiceIndex`; `chunk` comes first for each
 * chunk with the snapshot after it, and `chatCompletion` last, with the final
 * completion. A `.done` event comes when the choice finishes, when a tool call
 * starts after text or another call, or at the end of a stream that never
 * said it was finished.
 *
 * @category models
 * @since 0.1.0
 */
export type Event =
  | { readonly type: "chunk"; readonly chunk: ChatCompletionChunk; readonly snapshot: ChatCompletionSnapshot }
  | { readonly type: "content.delta"; readonly choiceIndex: number; readonly delta: string; readonly snapshot: string }
  | { readonly type: "content.done"; readonly choiceIndex: number; readonly content: string }
  | { readonly type: "refusal.delta"; readonly choiceIndex: number; readonly delta: string; readonly snapshot: string }
  | { readonly type: "refusal.done"; readonly choiceIndex: number; readonly refusal: string }
  | {
    readonly type: "tool_calls.function.arguments.delta"
    readonly choiceIndex: number
    readonly index: number
    readonly name: string
    readonly arguments: string
    /** The arguments so far as partial JSON (see `ToolCallSnapshot`). */
    readonly parsed_arguments: unknown
    readonly arguments_delta: string
  }
  | {
    readonly type: "tool_calls.function.arguments.done"
    readonly choiceIndex: number
    readonly index: number
    readonly name: string
    readonly arguments: string
    /** The arguments as JSON, or `undefined` when they are not valid JSON (`arguments` has the text). */
    readonly parsed_arguments: unknown
  }
  | {
    readonly type: "logprobs.content.delta"
    readonly choiceIndex: number
    readonly content: ReadonlyArray<ChatCompletionTokenLogprob>
    readonly snapshot: ReadonlyArray<ChatCompletionTokenLogprob>
  }
  | {
    readonly type: "logprobs.content.done"
    readonly choiceIndex: number
    readonly content: ReadonlyArray<ChatCompletionTokenLogprob>
  }
  | {
    readonly type: "logprobs.refusal.delta"
    readonly choiceIndex: number
    readonly refusal: ReadonlyArray<ChatCompletionTokenLogprob>
    readonly snapshot: ReadonlyArray<ChatCompletionTokenLogprob>
  }
  | {
    readonly type: "logprobs.refusal.done"
    readonly choiceIndex: number
    readonly refusal: ReadonlyArray<ChatCompletionTokenLogprob>
  }
  | { readonly type: "chatCompletion"; readonly completion: ChatCompletions.ChatCompletion }

/**
 * The chunks could not be read as a chat completion: `Empty` (no chunk at
 * all), `InvalidChunk` (not the shape of a chunk: `choices` not an array, an
 * index that is not a small integer), `UnresolvedToolCall` (a tool-call delta
 * with no index, id or name while no call is in flight), `IncompleteToolCall`
 * (a call that ended without a function name).
 *
 * @category errors
 * @since 0.1.0
 */
export class ChatCompletionStreamError extends Data.TaggedError("ChatCompletionStreamError")<{
  readonly reason: "Empty" | "InvalidChunk" | "UnresolvedToolCall" | "IncompleteToolCall"
  readonly description: string
}> {
  override get message(): string {
    return `${this.reason}: ${this.description}`
  }
}

/**
 * The events of a stream of chunks, ending with the final completion.
 *
 * @example
 * yield* ChatCompletionStream.events(ChatCompletions.createStream(params)).pipe(
 *   Stream.filter((event) => event.type === "content.delta"),
 *   Stream.runForEach((event) => Effect.sync(() => process.stdout.write(event.delta)))
 * )
 * @category streams
 * @since 0.1.0
 */
export const events = <E, R>(
  chunks: Stream.Stream<ChatCompletionChunk, E, R>
): Stream.Stream<Event, E | ChatCompletionStreamError, R> =>
  Stream.transformPull(chunks, (upstream) =>
    Effect.sync(() => {
      const fold = new ChatFold()
      // What ends the stream once the events before it have been emitted.
      let end: Pull.Pull<never, ChatCompletionStreamError> | undefined
      const emit = (out: Array<Event>): Pull.Pull<Arr.NonEmptyReadonlyArray<Event>, E | ChatCompletionStreamError> =>
        out.length > 0 ? Effect.succeed(out as unknown as Arr.NonEmptyReadonlyArray<Event>) : pull
      const pull: Pull.Pull<Arr.NonEmptyReadonlyArray<Event>, E | ChatCompletionStreamError> = Effect.suspend(() =>
        end ?? Pull.matchEffect(upstream, {
          onSuccess: (chunks) => {
            const out: Array<Event> = []
            for (let i = 0; i < chunks.length; i++) {
              const failure = fold.add(chunks[i], out)
              if (failure !== undefined) {
                end = Effect.fail(new ChatCompletionStreamError(failure))
                break
              }
            }
            return emit(out)
          },
          onFailure: Effect.failCause,
          onDone: () => {
            const out: Array<Event> = []
            fold.end(out)
            const completion = fold.complete()
            if (completion instanceof Failure) end = Effect.fail(new ChatCompletionStreamError(completion))
            else {
              out.push({ type: "chatCompletion", completion })
              end = Cause.done()
            }
            return emit(out)
          }
        })
      )
      return pull
    }))

/**
 * Folds a stream of chunks into the final `ChatCompletion`, building no
 * snapshot or event on the way. A choice without a finish reason gets
 * `tool_calls` (when it called tools) or `stop`; a message without a role is
 * the assistant's; a tool call without an id gets `call_<choice>_<index>`.
 *
 * @example
 * const completion = yield* ChatCompletionStream.accumulate(ChatCompletions.createStream(params))
 * console.log(completion.choices[0]?.message.content)
 * @category folds
 * @since 0.1.0
 */
export const accumulate = <E, R>(
  chunks: Stream.Stream<ChatCompletionChunk, E, R>
): Effect.Effect<ChatCompletions.ChatCompletion, E | ChatCompletionStreamError, R> =>
  Effect.suspend(() => {
    const fold = new ChatFold()
    return Effect.flatMap(
      Stream.runForEachArray(chunks, (batch) => {
        for (let i = 0; i < batch.length; i++) {
          const failure = fold.add(batch[i], undefined)
          if (failure !== undefined) return Effect.fail(new ChatCompletionStreamError(failure))
        }
        return Effect.void
      }),
      () => {
        const completion = fold.complete()
        return completion instanceof Failure
          ? Effect.fail(new ChatCompletionStreamError(completion))
          : Effect.succeed(completion)
      }
    )
  })

/**
 * Streams a chat completion and yields its events: `events` over
 * `ChatCompletions.createStream`.
 *
 * @example
 * yield* ChatCompletionStream.stream({ model: "gpt-4o", messages: [{ role: "user", content: "Hi" }] }).pipe(
 *   Stream.runForEach((event) => event.type === "content.delta" ? Console.log(event.delta) : Effect.void)
 * )
 * @category streams
 * @since 0.1.0
 */
export const stream = (
  params: Omit<ChatCompletions.CreateParams, "stream">,
  options?: RequestOptions
): Stream.Stream<Event, OpenAIError | ChatCompletionStreamError, OpenAIClient> =>
  events(ChatCompletions.createStream(params, options))
