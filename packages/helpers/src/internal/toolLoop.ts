/**
 * The tool loop that `RunTools` runs over both APIs: call the model, run the tools it asks for
 * (bounded, results in call order), give their outputs back, until it answers without tools.
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { ChatCompletionRequestMessage } from "@openai-effect/resources/types/ChatCompletionRequestMessage"
import type { InputItem } from "@openai-effect/resources/types/InputItem"
import type * as Tool from "effect/ai/Tool"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import type { LoopParams, Requirements, ToolResultEvent } from "../RunTools.ts"
import type { UnsupportedSchemaError } from "../StructuredOutput.ts"
import * as Tools from "./toolkit.ts"

/**
 * The model still asked for tools after `maxTurns` calls. `messages` is the transcript so far (chat
 * messages, or Responses input items), with the results of the last turn's tools, ready to resume.
 *
 * @example
 * RunTools.run(params).pipe(Effect.catchTag("MaxTurnsError", (e) => Console.log(e.messages.length)))
 * @category errors
 * @since 0.1.0
 */
export class MaxTurnsError extends Data.TaggedError("MaxTurnsError")<{
  readonly maxTurns: number
  readonly messages: ReadonlyArray<ChatCompletionRequestMessage> | ReadonlyArray<InputItem>
}> {
  override get message(): string {
    return `The model still asked for tools after ${this.maxTurns} turns`
  }
}

/** Where the workflow's events go: a stream's queue, or nowhere for `run`. */
export type Emit<E> = (event: E) => Effect.Effect<unknown>

export const silent: Emit<unknown> = () => Effect.void

export interface Call {
  readonly id: string
  readonly name: string
  readonly arguments: string
}

/** One model call, seen the same way for both APIs. */
export interface Turn<Item, Completion> {
  readonly completion: Completion
  /** What the model said, to append to the transcript. */
  readonly said: ReadonlyArray<Item>
  readonly calls: ReadonlyArray<Call>
}

// The loop both APIs share: `ask` calls the model with the transcript, `answer` makes the item
// that gives a tool's output back to it.
export const loop = <T extends Record<string, Tool.Any>, Item, Completion, E, AskError>(
  params: LoopParams<T> & {
    readonly parallel_tool_calls?: boolean | null | undefined
    readonly tool_choice?: unknown
  },
  input: ReadonlyArray<Item>,
  ask: (
    tools: ReadonlyArray<Tools.Definition>,
    items: ReadonlyArray<Item>
  ) => Effect.Effect<Turn<Item, Completion>, AskError, OpenAIClient>,
  answer: (call: Call, content: string) => Item,
  emit: Emit<E | ToolResultEvent>
): Effect.Effect<
  { readonly items: ReadonlyArray<Item>; readonly completions: ReadonlyArray<Completion> },
  AskError | MaxTurnsError | UnsupportedSchemaError,
  Requirements<T>
> =>
  Effect.gen(function*() {
    const { call, definitions } = yield* Tools.prepare(params.toolkit)
    const maxTurns = params.maxTurns ?? 10
    // A named function choice asks for that one call, so the loop ends once it has run.
    const forced = (params.tool_choice as { readonly type?: unknown } | null | undefined)?.type === "function"
    const concurrency = params.parallel_tool_calls === false ? 1 : params.concurrency ?? "unbounded"
    const run = (c: Call) =>
      Effect.flatMap(call(c.name, c.arguments, c.id), (output) => {
        const item = answer(c, output.content)
        return Effect.as(emit({ type: "tool_result", ...c, ...output }), item)
      })
    const turn = (
      items: ReadonlyArray<Item>,
      completions: ReadonlyArray<Completion>
    ): Effect.Effect<
      { readonly items: ReadonlyArray<Item>; readonly completions: ReadonlyArray<Completion> },
      AskError | MaxTurnsError,
      Tool.HandlerServices<T[keyof T]> | OpenAIClient
    > =>
      Effect.flatMap(ask(definitions, items), ({ calls, completion, said }) => {
        const transcript = [...items, ...said]
        const all = [...completions, completion]
        if (calls.length === 0) return Effect.succeed({ items: transcript, completions: all })
        return Effect.flatMap(Effect.forEach(calls, run, { concurrency }), (results) => {
          const next = [...transcript, ...results]
          if (forced) return Effect.succeed({ items: next, completions: all })
          if (all.length >= maxTurns) {
            return Effect.fail(new MaxTurnsError({ maxTurns, messages: next as ReadonlyArray<InputItem> }))
          }
          return turn(next, all)
        })
      })
    return yield* turn(input, [])
  })

// Adds usage numbers field by field (the details objects too).
export const addUsage = <U>(total: U, usage: U | undefined): U => {
  if (usage === undefined || usage === null) return total
  const out: Record<string, unknown> = { ...(total as Record<string, unknown>) }
  for (const [key, value] of Object.entries(usage)) {
    const current = out[key]
    out[key] = typeof value === "number"
      ? (typeof current === "number" ? current : 0) + value
      : typeof value === "object" && value !== null
      ? addUsage(current ?? {}, value)
      : value
  }
  return out as U
}

// With `stream: true` a model call is streamed: its events are emitted as they come, and `last`
// picks the call's result from them (the event streams fail rather than end without it).
export const streamedCall = <Body, A, Event, E>(
  events: (body: Body) => Stream.Stream<Event, E, OpenAIClient>,
  last: (event: Event) => A | undefined,
  emit: (event: Event) => Effect.Effect<unknown>
) =>
(body: Body): Effect.Effect<A, E, OpenAIClient> =>
  Effect.suspend(() => {
    let result: A | undefined
    return Effect.map(
      Stream.runForEach(events(body), (event) => {
        result = last(event) ?? result
        return emit(event)
      }),
      () => result!
    )
  })
