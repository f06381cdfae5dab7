/**
 * The fold of an assistant run's events into accumulated snapshots: each
 * message's content and each run step's tool calls, built from their deltas.
 * Snapshots are never mutated once handed out: a delta makes new objects along
 * the path it changes and shares the rest.
 */
import type { AssistantStreamEvent } from "../types/AssistantStreamEvent.ts"
import type { MessageContent } from "../types/MessageContent.ts"
import type { MessageContentDelta } from "../types/MessageContentDelta.ts"
import type { MessageContentTextObject } from "../types/MessageContentTextObject.ts"
import type { MessageDeltaContentTextObject } from "../types/MessageDeltaContentTextObject.ts"
import type { MessageObject } from "../types/MessageObject.ts"
import type { RunStepDeltaStepDetailsToolCall } from "../types/RunStepDeltaStepDetailsToolCall.ts"
import type { RunStepDetailsToolCall } from "../types/RunStepDetailsToolCall.ts"
import type { RunStepObject } from "../types/RunStepObject.ts"

/**
 * One element of an assistant stream: every server event as it came
 * (`event`), and after it what the event meant for the snapshots.
 */
export type Part =
  | { readonly type: "event"; readonly event: AssistantStreamEvent }
  | {
    readonly type: "textCreated"
    readonly text: MessageContentTextObject["text"]
    readonly message: MessageObject
  }
  | {
    readonly type: "textDelta"
    readonly delta: NonNullable<MessageDeltaContentTextObject["text"]>
    readonly snapshot: MessageContentTextObject["text"]
    readonly message: MessageObject
  }
  | { readonly type: "toolCallCreated"; readonly toolCall: RunStepDetailsToolCall; readonly step: RunStepObject }
  | {
    readonly type: "toolCallDelta"
    readonly delta: RunStepDeltaStepDetailsToolCall
    readonly snapshot: RunStepDetailsToolCall
    readonly step: RunStepObject
  }
  | { readonly type: "messageDone"; readonly message: MessageObject }
  | { readonly type: "runStepDone"; readonly step: RunStepObject }

// Fields that name a thing rather than carry streamed text: replaced, never concatenated.
const atomic = new Set(["index", "type", "id"])

/**
 * Applies a delta to a snapshot: strings are appended, objects merged key by
 * key, and arrays of `{ index }` entries merged entry by entry at their index;
 * anything else is replaced.
 */
export const merge = (snapshot: unknown, delta: unknown, key = ""): unknown => {
  if (delta === undefined) return snapshot
  if (typeof delta === "string" && typeof snapshot === "string" && !atomic.has(key)) return snapshot + delta
  if (Array.isArray(delta)) {
    const out: Array<unknown> = Array.isArray(snapshot) ? [...snapshot] : []
    for (const entry of delta) {
      const index = (entry as { readonly index?: unknown } | null)?.index
      if (typeof index === "number") out[index] = merge(out[index], entry)
      else out.push(entry)
    }
    return out
  }
  if (typeof delta === "object" && delta !== null) {
    const base = typeof snapshot === "object" && snapshot !== null && !Array.isArray(snapshot)
      ? snapshot as Record<string, unknown>
      : {}
    const out: Record<string, unknown> = { ...base }
    for (const [k, v] of Object.entries(delta)) out[k] = merge(base[k], v, k)
    return out
  }
  return delta
}

interface State {
  readonly messages: Map<string, MessageObject>
  readonly steps: Map<string, RunStepObject>
}

const messageDelta = (
  state: State,
  id: string,
  contents: ReadonlyArray<MessageContentDelta>,
  out: Array<Part>
): void => {
  let message = state.messages.get(id) ?? ({ id, content: [] } as unknown as MessageObject)
  for (const delta of contents) {
    const existed = message.content[delta.index] !== undefined
    const content = [...message.content]
    content[delta.index] = merge(content[delta.index], delta) as MessageContent
    message = { ...message, content }
    const snapshot = content[delta.index]!
    if (delta.type !== "text" || snapshot.type !== "text") continue
    if (!existed) out.push({ type: "textCreated", text: snapshot.text, message })
    if (delta.text !== undefined) out.push({ type: "textDelta", delta: delta.text, snapshot: snapshot.text, message })
  }
  state.messages.set(id, message)
}

const stepDelta = (
  state: State,
  id: string,
  calls: ReadonlyArray<RunStepDeltaStepDetailsToolCall>,
  out: Array<Part>
): void => {
  let step = state.steps.get(id)
    ?? ({ id, step_details: { type: "tool_calls", tool_calls: [] } } as unknown as RunStepObject)
  for (const delta of calls) {
    const details = step.step_details.type === "tool_calls"
      ? step.step_details
      : { type: "tool_calls" as const, tool_calls: [] }
    const existed = details.tool_calls[delta.index] !== undefined
    const toolCalls = [...details.tool_calls]
    toolCalls[delta.index] = merge(toolCalls[delta.index], delta) as RunStepDetailsToolCall
    step = { ...step, step_details: { ...details, tool_calls: toolCalls } }
    const snapshot = toolCalls[delta.index]!
    if (!existed) out.push({ type: "toolCallCreated", toolCall: snapshot, step })
    out.push({ type: "toolCallDelta", delta, snapshot, step })
  }
  state.steps.set(id, step)
}

/**
 * A fresh fold: feed it the events of one run in order (continuations after
 * tool outputs included) and it returns the parts each one makes.
 */
export const make = (): (event: AssistantStreamEvent) => ReadonlyArray<Part> => {
  const state: State = { messages: new Map(), steps: new Map() }
  return (event) => {
    const out: Array<Part> = [{ type: "event", event }]
    switch (event.event) {
      case "thread.message.created":
      case "thread.message.in_progress":
        state.messages.set(event.data.id, event.data)
        break
      case "thread.message.delta":
        messageDelta(state, event.data.id, event.data.delta.content ?? [], out)
        break
      case "thread.message.completed":
      case "thread.message.incomplete":
        state.messages.set(event.data.id, event.data)
        out.push({ type: "messageDone", message: event.data })
        break
      case "thread.run.step.created":
      case "thread.run.step.in_progress":
        state.steps.set(event.data.id, event.data)
        break
      case "thread.run.step.delta": {
        const details = event.data.delta.step_details
        if (details?.type === "tool_calls") stepDelta(state, event.data.id, details.tool_calls ?? [], out)
        break
      }
      case "thread.run.step.completed":
      case "thread.run.step.failed":
      case "thread.run.step.cancelled":
      case "thread.run.step.expired":
        state.steps.set(event.data.id, event.data)
        out.push({ type: "runStepDone", step: event.data })
        break
    }
    return out
  }
}
