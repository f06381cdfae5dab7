/**
 * One choice of a chat stream as the fold keeps it (content, refusal, tool
 * calls, logprobs, audio) and the snapshots made from it; the failures the
 * fold reports.
 */
import type { ChatCompletionTokenLogprob } from "@openai-effect/resources/types/ChatCompletionTokenLogprob"
import type {
  AudioSnapshot,
  ChoiceSnapshot,
  FinishReason,
  MessageSnapshot,
  ToolCallSnapshot
} from "../ChatCompletionStream.ts"
import * as PartialJson from "./partialJson.ts"

export type Mutable<A> = { -readonly [K in keyof A]: A[K] }

// The API's own limit on `n`; an index beyond it is a broken stream, not a choice to keep.
export const MAX_INDEX = 128

export interface ToolCall {
  readonly index: number
  id: string | undefined
  custom: boolean
  name: string | undefined
  /** The function's arguments, or a custom tool's input. */
  text: string
  done: boolean
  snapshot: ToolCallSnapshot | undefined
}

export class Choice {
  role: string | undefined = undefined
  content: string | null = null
  refusal: string | null = null
  toolCalls: Array<ToolCall> | undefined = undefined
  /** Where the calls of a server that reuses an index with a new id went. */
  moved: Array<number> | undefined = undefined
  /** The index of the call the last tool-call delta belonged to. */
  current = -1
  functionCall: { name: string | undefined; arguments: string } | undefined = undefined
  audio: Mutable<AudioSnapshot> | undefined = undefined
  finishReason: FinishReason | null = null
  logprobs = false
  logprobsContent: Array<ChatCompletionTokenLogprob> | null = null
  logprobsRefusal: Array<ChatCompletionTokenLogprob> | null = null
  /** Fields of the choice beyond the API's (Azure's `content_filter_results`). */
  extra: Record<string, unknown> | undefined = undefined
  /** Fields of the delta beyond the API's (`reasoning_content` of DeepSeek and others). */
  messageExtra: Record<string, unknown> | undefined = undefined
  contentDone = false
  refusalDone = false
  logprobsContentDone = false
  logprobsRefusalDone = false
  snapshot: ChoiceSnapshot | undefined = undefined
  readonly index: number
  constructor(index: number) {
    this.index = index
  }
}

/** Why the chunks cannot be read; `ChatCompletionStream` turns it into its error. */
export class Failure {
  readonly reason: "Empty" | "InvalidChunk" | "UnresolvedToolCall" | "IncompleteToolCall"
  readonly description: string
  constructor(reason: Failure["reason"], description: string) {
    this.reason = reason
    this.description = description
  }
}

export const invalidChunk = (description: string) => new Failure("InvalidChunk", description)

export const isIndex = (u: unknown): u is number =>
  typeof u === "number" && Number.isInteger(u) && u >= 0 && u < MAX_INDEX

const functionSnapshot = (name: string, args: string) => {
  const parsed = PartialJson.lazy(args, false)
  return {
    name,
    arguments: args,
    get parsed_arguments(): unknown {
      return parsed()
    }
  }
}

const toolCallSnapshot = (call: ToolCall): ToolCallSnapshot => (call.snapshot ??= call.custom
  ? { index: call.index, id: call.id, type: "custom", custom: { name: call.name ?? "", input: call.text } }
  : { index: call.index, id: call.id, type: "function", function: functionSnapshot(call.name ?? "", call.text) })

export const choiceSnapshot = (choice: Choice): ChoiceSnapshot => {
  if (choice.snapshot !== undefined) return choice.snapshot
  const message: Mutable<MessageSnapshot> = {
    ...choice.messageExtra,
    role: choice.role,
    content: choice.content,
    refusal: choice.refusal
  }
  if (choice.toolCalls !== undefined) message.tool_calls = choice.toolCalls.filter(isDefined).map(toolCallSnapshot)
  if (choice.functionCall !== undefined) {
    message.function_call = { name: choice.functionCall.name ?? "", arguments: choice.functionCall.arguments }
  }
  if (choice.audio !== undefined) message.audio = { ...choice.audio }
  return choice.snapshot = {
    ...choice.extra,
    index: choice.index,
    message,
    finish_reason: choice.finishReason,
    logprobs: choice.logprobs
      ? { content: choice.logprobsContent?.slice() ?? null, refusal: choice.logprobsRefusal?.slice() ?? null }
      : null
  }
}

export const isDefined = <A>(a: A | undefined): a is A => a !== undefined

/** Strings and arrays in a delta are pieces to append; anything else replaces what was there. */
export const merge = (target: Record<string, unknown>, key: string, value: unknown): void => {
  const previous = target[key]
  if (typeof value === "string" && typeof previous === "string") target[key] = previous + value
  else if (Array.isArray(value) && Array.isArray(previous)) target[key] = previous.concat(value)
  else target[key] = value
}
