/**
 * The fold behind `ChatCompletionStream`: chunks in, the completion so far
 * out, and (when asked) the events each chunk causes.
 *
 * The state is mutable and private to one stream; what leaves it (events,
 * snapshots, the final completion) is never changed afterwards. Without an
 * event buffer, `add` builds no snapshot and no event, which is what
 * `accumulate` runs on.
 */
import type { ChatCompletion } from "@openai-effect/resources/ChatCompletions"
import type { ChatCompletionTokenLogprob } from "@openai-effect/resources/types/ChatCompletionTokenLogprob"
import type { CompletionUsage } from "@openai-effect/resources/types/CompletionUsage"
import type { ChatCompletionChunk, ChatCompletionSnapshot, Event, FinishReason } from "../ChatCompletionStream.ts"
import {
  Choice,
  choiceSnapshot,
  Failure,
  invalidChunk,
  isDefined,
  isIndex,
  MAX_INDEX,
  merge,
  type Mutable
} from "./chatChoice.ts"
import * as PartialJson from "./partialJson.ts"

export { Failure }

/**
 * The fold's state for one stream.
 */
export class ChatFold {
  private started = false
  private id = ""
  private created = 0
  private model = ""
  private usage: CompletionUsage | undefined = undefined
  private extra: Record<string, unknown> | undefined = undefined
  private readonly choices: Array<Choice> = []

  /**
   * Folds one chunk in; with `out`, pushes the events it causes there.
   * Returns the error that makes the stream unreadable, if any.
   */
  add(chunk: ChatCompletionChunk, out: Array<Event> | undefined): Failure | undefined {
    if (typeof chunk !== "object" || chunk === null) return invalidChunk(`a chunk is ${JSON.stringify(chunk)}`)
    this.started = true
    let choices: unknown
    for (const key in chunk) {
      const value = (chunk as unknown as Record<string, unknown>)[key]
      switch (key) {
        case "choices":
          choices = value
          break
        // Azure opens with a chunk whose id and model are empty and whose `created` is 0.
        case "id":
          if (typeof value === "string" && value !== "") this.id = value
          break
        case "model":
          if (typeof value === "string" && value !== "") this.model = value
          break
        case "created":
          if (typeof value === "number" && value !== 0) this.created = value
          break
        case "usage":
          if (value != null) this.usage = value as CompletionUsage
          break
        // Random padding that differs in every chunk (`stream_options.include_obfuscation`): not part of the answer.
        case "obfuscation":
        case "object":
          break
        default:
          if (value != null) (this.extra ??= {})[key] = value
      }
    }
    if (choices == null) {
      if (out !== undefined) out.push({ type: "chunk", chunk, snapshot: this.snapshot() })
      return undefined
    }
    if (!Array.isArray(choices)) return invalidChunk(`\`choices\` is not an array in chunk ${this.id}`)
    // The `chunk` event comes first but carries the snapshot after the chunk.
    const at = out === undefined ? -1 : out.push(undefined as never) - 1
    for (let i = 0; i < choices.length; i++) {
      const error = this.addChoice(choices[i], i, out)
      if (error !== undefined) {
        // The chunk cannot be read: none of its events go out, its `chunk` event included.
        if (out !== undefined) out.length = at
        return error
      }
    }
    if (out !== undefined) out[at] = { type: "chunk", chunk, snapshot: this.snapshot() }
    return undefined
  }

  private addChoice(raw: unknown, position: number, out: Array<Event> | undefined): Failure | undefined {
    if (typeof raw !== "object" || raw === null) return invalidChunk(`choice ${position} is ${JSON.stringify(raw)}`)
    const wire = raw as Record<string, unknown>
    // Servers that only ever send one choice may leave its index out.
    const index = wire.index ?? position
    if (!isIndex(index)) return invalidChunk(`a choice index is ${JSON.stringify(index)}`)
    const choice = this.choices[index] ??= new Choice(index)
    choice.snapshot = undefined
    let delta: Record<string, unknown> | undefined
    let logprobs: { content?: unknown; refusal?: unknown } | undefined
    for (const key in wire) {
      const value = wire[key]
      switch (key) {
        case "index":
          break
        case "delta":
          // Azure's content-filter chunks have no delta at all.
          if (typeof value === "object" && value !== null) delta = value as Record<string, unknown>
          break
        case "finish_reason":
          if (typeof value === "string") choice.finishReason = value as FinishReason
          break
        case "logprobs":
          if (typeof value === "object" && value !== null) logprobs = value
          break
        default:
          if (value != null) (choice.extra ??= {})[key] = value
      }
    }
    let content: string | undefined
    let refusal: string | undefined
    let toolCalls: unknown
    if (delta !== undefined) {
      for (const key in delta) {
        const value = delta[key]
        switch (key) {
          case "role":
            if (typeof value === "string") choice.role = value
            break
          case "content":
            if (typeof value === "string") {
              choice.content = choice.content === null ? value : choice.content + value
              content = value
            }
            break
          case "refusal":
            if (typeof value === "string") {
              choice.refusal = choice.refusal === null ? value : choice.refusal + value
              refusal = value
            }
            break
          case "tool_calls":
            toolCalls = value
            break
          case "function_call":
            if (typeof value === "object" && value !== null) this.addFunctionCall(choice, value)
            break
          case "audio":
            if (typeof value === "object" && value !== null) this.addAudio(choice, value)
            break
          default:
            if (value != null) merge(choice.messageExtra ??= {}, key, value)
        }
      }
    }
    let logprobsContent: ReadonlyArray<ChatCompletionTokenLogprob> | undefined
    let logprobsRefusal: ReadonlyArray<ChatCompletionTokenLogprob> | undefined
    if (logprobs !== undefined) {
      choice.logprobs = true
      if (Array.isArray(logprobs.content)) {
        logprobsContent = logprobs.content
        if (choice.logprobsContent === null) choice.logprobsContent = logprobs.content.slice()
        else for (const entry of logprobs.content) choice.logprobsContent.push(entry)
      }
      if (Array.isArray(logprobs.refusal)) {
        logprobsRefusal = logprobs.refusal
        if (choice.logprobsRefusal === null) choice.logprobsRefusal = logprobs.refusal.slice()
        else for (const entry of logprobs.refusal) choice.logprobsRefusal.push(entry)
      }
    }
    if (out !== undefined) {
      const choiceIndex = index
      if (content !== undefined && content !== "") {
        out.push({ type: "content.delta", choiceIndex, delta: content, snapshot: choice.content! })
      }
      if (refusal !== undefined && refusal !== "") {
        out.push({ type: "refusal.delta", choiceIndex, delta: refusal, snapshot: choice.refusal! })
      }
      if (logprobsContent !== undefined) {
        out.push({
          type: "logprobs.content.delta",
          choiceIndex,
          content: logprobsContent,
          snapshot: choiceSnapshot(choice).logprobs!.content!
        })
      }
      if (logprobsRefusal !== undefined) {
        out.push({
          type: "logprobs.refusal.delta",
          choiceIndex,
          refusal: logprobsRefusal,
          snapshot: choiceSnapshot(choice).logprobs!.refusal!
        })
      }
    }
    if (toolCalls != null) {
      if (!Array.isArray(toolCalls)) return invalidChunk(`\`tool_calls\` is not an array in choice ${index}`)
      for (const toolCall of toolCalls) {
        const error = this.addToolCall(choice, toolCall, out)
        if (error !== undefined) return error
      }
    }
    if (out !== undefined && choice.finishReason !== null) this.finishChoice(choice, out)
    return undefined
  }

  private addFunctionCall(choice: Choice, delta: { name?: unknown; arguments?: unknown }): void {
    const call = choice.functionCall ??= { name: undefined, arguments: "" }
    if (typeof delta.name === "string" && delta.name !== "") call.name = delta.name
    if (typeof delta.arguments === "string") call.arguments += delta.arguments
  }

  private addAudio(
    choice: Choice,
    delta: { id?: unknown; data?: unknown; transcript?: unknown; expires_at?: unknown }
  ): void {
    const audio = choice.audio ??= {}
    if (typeof delta.id === "string") audio.id = delta.id
    if (typeof delta.data === "string") audio.data = (audio.data ?? "") + delta.data
    if (typeof delta.transcript === "string") audio.transcript = (audio.transcript ?? "") + delta.transcript
    if (typeof delta.expires_at === "number") audio.expires_at = delta.expires_at
  }

  /**
   * Which call a tool-call delta continues or starts. OpenAI numbers calls
   * with `index`; some compatible servers leave it out while one call is in
   * flight, and some send every call at index 0 with a new id.
   */
  private resolve(choice: Choice, delta: Record<string, unknown>): number | Failure {
    const calls = choice.toolCalls ??= []
    const id = typeof delta.id === "string" && delta.id !== "" ? delta.id : undefined
    const wireIndex = delta.index
    if (wireIndex === undefined || wireIndex === null) {
      const current = choice.current === -1 ? undefined : calls[choice.current]
      if (current !== undefined && (id === undefined || current.id === undefined || id === current.id)) {
        return current.index
      }
      const fn = delta.function as { name?: unknown } | undefined
      if (id !== undefined || typeof fn?.name === "string" || typeof delta.type === "string") return calls.length
      return new Failure(
        "UnresolvedToolCall",
        `a tool-call delta in choice ${choice.index} has no index, id or name, and no call is in progress`
      )
    }
    if (!isIndex(wireIndex)) return invalidChunk(`a tool-call index is ${JSON.stringify(wireIndex)}`)
    const index = choice.moved?.[wireIndex] ?? wireIndex
    const existing = calls[index]
    if (existing !== undefined && id !== undefined && existing.id !== undefined && id !== existing.id) {
      const moved = calls.length
      if (!isIndex(moved)) return invalidChunk(`more than ${MAX_INDEX} tool calls in choice ${choice.index}`)
      ;(choice.moved ??= [])[wireIndex] = moved
      return moved
    }
    return index
  }

  private addToolCall(choice: Choice, raw: unknown, out: Array<Event> | undefined): Failure | undefined {
    if (typeof raw !== "object" || raw === null) {
      return invalidChunk(`a tool-call delta in choice ${choice.index} is ${JSON.stringify(raw)}`)
    }
    const delta = raw as Record<string, unknown>
    const index = this.resolve(choice, delta)
    if (typeof index !== "number") return index
    if (!isIndex(index)) return invalidChunk(`more than ${MAX_INDEX} tool calls in choice ${choice.index}`)
    const calls = choice.toolCalls!
    if (index !== choice.current) {
      // A new call: what came before it (text, the previous call) is complete.
      if (out !== undefined) {
        this.contentDone(choice, out)
        this.toolCallDone(choice, out)
      }
      choice.current = index
    }
    const call = calls[index] ??= {
      index,
      id: undefined,
      custom: false,
      name: undefined,
      text: "",
      done: false,
      snapshot: undefined
    }
    call.snapshot = undefined
    choice.snapshot = undefined
    if (typeof delta.id === "string" && delta.id !== "") call.id = delta.id
    if (delta.type === "custom") call.custom = true
    let piece = ""
    const fn = delta.function as { name?: unknown; arguments?: unknown } | null | undefined
    if (typeof fn === "object" && fn !== null) {
      if (typeof fn.name === "string" && fn.name !== "") call.name = fn.name
      if (typeof fn.arguments === "string") piece = fn.arguments
    }
    const custom = delta.custom as { name?: unknown; input?: unknown } | null | undefined
    if (typeof custom === "object" && custom !== null) {
      call.custom = true
      if (typeof custom.name === "string" && custom.name !== "") call.name = custom.name
      if (typeof custom.input === "string") piece = custom.input
    }
    call.text += piece
    if (out !== undefined && !call.custom) {
      const parsed = PartialJson.lazy(call.text, false)
      out.push({
        type: "tool_calls.function.arguments.delta",
        choiceIndex: choice.index,
        index,
        name: call.name ?? "",
        arguments: call.text,
        get parsed_arguments() {
          return parsed()
        },
        arguments_delta: piece
      })
    }
    return undefined
  }

  private contentDone(choice: Choice, out: Array<Event>): void {
    const choiceIndex = choice.index
    const hasCalls = choice.toolCalls !== undefined || choice.functionCall !== undefined
    // An empty text before tool calls or a refusal is not an answer worth announcing.
    if (
      !choice.contentDone && choice.content !== null
      && (choice.content !== "" || (choice.refusal === null && !hasCalls))
    ) {
      choice.contentDone = true
      out.push({ type: "content.done", choiceIndex, content: choice.content })
    }
    if (!choice.refusalDone && choice.refusal !== null) {
      choice.refusalDone = true
      out.push({ type: "refusal.done", choiceIndex, refusal: choice.refusal })
    }
    if (!choice.logprobsContentDone && choice.logprobsContent !== null) {
      choice.logprobsContentDone = true
      out.push({ type: "logprobs.content.done", choiceIndex, content: choiceSnapshot(choice).logprobs!.content! })
    }
    if (!choice.logprobsRefusalDone && choice.logprobsRefusal !== null) {
      choice.logprobsRefusalDone = true
      out.push({ type: "logprobs.refusal.done", choiceIndex, refusal: choiceSnapshot(choice).logprobs!.refusal! })
    }
  }

  private toolCallDone(choice: Choice, out: Array<Event>): void {
    const call = choice.current === -1 ? undefined : choice.toolCalls?.[choice.current]
    if (call === undefined || call.done) return
    call.done = true
    if (call.custom) return
    const parsed = PartialJson.lazy(call.text, true)
    out.push({
      type: "tool_calls.function.arguments.done",
      choiceIndex: choice.index,
      index: call.index,
      name: call.name ?? "",
      arguments: call.text,
      get parsed_arguments() {
        return parsed()
      }
    })
  }

  private finishChoice(choice: Choice, out: Array<Event>): void {
    this.contentDone(choice, out)
    this.toolCallDone(choice, out)
  }

  /**
   * The events that a stream ending without a finish reason still owes: the
   * `.done` of every choice that never said it was finished.
   */
  end(out: Array<Event>): void {
    for (const choice of this.choices) if (choice !== undefined) this.finishChoice(choice, out)
  }

  /** The completion so far. */
  snapshot(): ChatCompletionSnapshot {
    const snapshot: Mutable<ChatCompletionSnapshot> = {
      ...this.extra,
      id: this.id,
      created: this.created,
      model: this.model,
      choices: this.choices.filter(isDefined).map(choiceSnapshot)
    }
    if (this.usage !== undefined) snapshot.usage = this.usage
    return snapshot
  }

  /** The final completion, or why there is none. */
  complete(): ChatCompletion | Failure {
    if (!this.started) {
      return new Failure("Empty", "the stream ended without a chunk")
    }
    const choices: Array<ChatCompletion["choices"][number]> = []
    for (const choice of this.choices) {
      if (choice === undefined) continue
      const done = this.completeChoice(choice)
      if (done instanceof Failure) return done
      choices.push(done)
    }
    const completion: Mutable<ChatCompletion> = {
      ...this.extra,
      id: this.id,
      object: "chat.completion",
      created: this.created,
      model: this.model,
      choices
    }
    if (this.usage !== undefined) completion.usage = this.usage
    return completion
  }

  private completeChoice(choice: Choice): ChatCompletion["choices"][number] | Failure {
    const message: Record<string, unknown> = {
      ...choice.messageExtra,
      // Compatible servers may never say who is speaking: in a completion it is always the assistant.
      role: choice.role ?? "assistant",
      content: choice.content,
      refusal: choice.refusal
    }
    if (choice.toolCalls !== undefined) {
      const toolCalls: Array<unknown> = []
      for (const call of choice.toolCalls) {
        if (call === undefined) continue
        if (call.name === undefined) {
          return new Failure(
            "IncompleteToolCall",
            `tool call ${call.index} of choice ${choice.index} ended without a name`
          )
        }
        // A call the server sent without an id still needs one to be answered.
        const id = call.id ?? `call_${choice.index}_${call.index}`
        toolCalls.push(
          call.custom
            ? { id, type: "custom", custom: { name: call.name, input: call.text } }
            : { id, type: "function", function: { name: call.name, arguments: call.text } }
        )
      }
      message.tool_calls = toolCalls
    }
    if (choice.functionCall !== undefined) {
      if (choice.functionCall.name === undefined) {
        return new Failure("IncompleteToolCall", `the function call of choice ${choice.index} ended without a name`)
      }
      message.function_call = { name: choice.functionCall.name, arguments: choice.functionCall.arguments }
    }
    if (choice.audio !== undefined) message.audio = { ...choice.audio }
    return {
      ...choice.extra,
      index: choice.index,
      message: message as unknown as ChatCompletion["choices"][number]["message"],
      // Compatible servers may end without a reason: say what the message shows.
      finish_reason: choice.finishReason
        ?? (choice.toolCalls !== undefined
          ? "tool_calls"
          : choice.functionCall !== undefined
          ? "function_call"
          : "stop"),
      logprobs: choice.logprobs ? { content: choice.logprobsContent, refusal: choice.logprobsRefusal } : null
    }
  }
}
