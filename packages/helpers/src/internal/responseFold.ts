/**
 * The fold behind `ResponseStream`: Responses events in, the output items so
 * far and the latest response out.
 *
 * Items are private working copies; what leaves the fold (the enriched
 * events, the final response) is never changed afterwards. A stream resumed
 * after `starting_after` begins in the middle of its items: an event for an
 * item or part the fold has not seen opens it, holding what arrives from
 * then on, and `response.completed` brings the whole output.
 */
import type { Response } from "@openai-effect/resources/types/Response"
import type { ResponseStreamEvent } from "@openai-effect/resources/types/ResponseStreamEvent"
import type { Event, FinalResponse } from "../ResponseStream.ts"
import * as PartialJson from "./partialJson.ts"

type Item = Record<string, any>

/** What ends a stream, for `ResponseStream` to turn into its errors. */
export type End =
  | { readonly _tag: "Completed"; readonly response: FinalResponse }
  | { readonly _tag: "Failed" | "Incomplete"; readonly response: FinalResponse }
  | { readonly _tag: "InvalidEvent"; readonly description: string }
  | {
    readonly _tag: "Error"
    readonly code: string | null
    readonly message: string
    readonly param: string | null
  }

const statusEvent =
  /^response\.(code_interpreter_call|file_search_call|web_search_call|image_generation_call|mcp_call)\.(in_progress|searching|completed|interpreting|generating|failed)$/

/** The text of every `output_text` part of every message, in order: the SDK's `output_text`. */
const outputText = (output: ReadonlyArray<Item>): string => {
  let text = ""
  for (const item of output) {
    if (item?.type !== "message" || !Array.isArray(item.content)) continue
    for (const part of item.content) {
      if (part?.type === "output_text" && typeof part.text === "string") text += part.text
    }
  }
  return text
}

/** A function call's arguments as JSON next to their text; `undefined` when the text is not JSON. */
const withParsedArguments = (item: Item): Item =>
  item?.type === "function_call" && typeof item.arguments === "string"
    ? { ...item, parsed_arguments: PartialJson.parseComplete(item.arguments) }
    : item

// Far beyond any real response; an index past it is a broken stream, not an item to keep.
const MAX_INDEX = 4096

const indexFields = ["output_index", "content_index", "summary_index"] as const

const invalidIndex = (event: Item): string | undefined => {
  for (const field of indexFields) {
    const value = event[field]
    if (value !== undefined && !(Number.isInteger(value) && value >= 0 && value < MAX_INDEX)) {
      return `\`${field}\` is ${JSON.stringify(value)} in a ${event.type} event`
    }
  }
  return undefined
}

/**
 * Events that grow or set one text field of an item: the item's type, the
 * field, and for `.done` the event field holding the whole text.
 */
const textEvents: Record<string, readonly [type: string, field: string, done?: string]> = {
  "response.custom_tool_call_input.delta": ["custom_tool_call", "input"],
  "response.custom_tool_call_input.done": ["custom_tool_call", "input", "input"],
  "response.mcp_call_arguments.delta": ["mcp_call", "arguments"],
  "response.mcp_call_arguments.done": ["mcp_call", "arguments", "arguments"],
  "response.code_interpreter_call_code.delta": ["code_interpreter_call", "code"],
  "response.code_interpreter_call_code.done": ["code_interpreter_call", "code", "code"]
}

/**
 * Events that grow or set the text of one part of an item: the item's type,
 * its list of parts, the part's type, its text field, and for `.done` the
 * event field holding the whole text.
 */
const partEvents: Record<
  string,
  readonly [type: string, list: "content" | "summary", partType: string, field: string, done?: string]
> = {
  "response.output_text.done": ["message", "content", "output_text", "text", "text"],
  "response.refusal.delta": ["message", "content", "refusal", "refusal"],
  "response.refusal.done": ["message", "content", "refusal", "refusal", "refusal"],
  "response.reasoning_summary_text.delta": ["reasoning", "summary", "summary_text", "text"],
  "response.reasoning_summary_text.done": ["reasoning", "summary", "summary_text", "text", "text"],
  "response.reasoning_text.delta": ["reasoning", "content", "reasoning_text", "text"],
  "response.reasoning_text.done": ["reasoning", "content", "reasoning_text", "text", "text"]
}

const clone = (item: Item): Item => {
  const copy: Item = { ...item }
  if (Array.isArray(item.content)) copy.content = item.content.map((part: Item) => ({ ...part }))
  if (Array.isArray(item.summary)) copy.summary = item.summary.map((part: Item) => ({ ...part }))
  return copy
}

/**
 * The fold's state for one stream.
 */
export class ResponseFold {
  private response: Response | undefined = undefined
  private readonly items: Array<Item | undefined> = []
  /** How the stream ended, once it has. */
  end: End | undefined = undefined

  /** Folds one event in and returns the event to emit for it. */
  add(event: ResponseStreamEvent): Event {
    const e = event as unknown as Item
    if (typeof e !== "object" || e === null || typeof e.type !== "string") {
      this.end = { _tag: "InvalidEvent", description: `an event is ${JSON.stringify(event)}` }
      return e as Event
    }
    const invalid = invalidIndex(e)
    if (invalid !== undefined) {
      this.end = { _tag: "InvalidEvent", description: invalid }
      return e as Event
    }
    const text = textEvents[event.type]
    if (text !== undefined) {
      const [type, field, done] = text
      const item = this.text(e, type, field)
      item[field] = done === undefined ? item[field] + e.delta : e[done]
      return e as Event
    }
    const partText = partEvents[event.type]
    if (partText !== undefined) {
      const [type, list, partType, field, done] = partText
      const part = this.part(e, type, list, partType, field)
      part[field] = done === undefined ? part[field] + e.delta : e[done]
      return e as Event
    }
    switch (event.type) {
      case "response.created":
      case "response.queued":
      case "response.in_progress":
        this.response = event.response
        return event
      case "response.completed": {
        const response = this.complete(event.response)
        this.end = { _tag: "Completed", response }
        return { ...event, response }
      }
      case "response.failed":
      case "response.incomplete": {
        const response = this.complete(event.response)
        this.end = { _tag: event.type === "response.failed" ? "Failed" : "Incomplete", response }
        return { ...event, response }
      }
      case "error":
        this.end = { _tag: "Error", code: event.code, message: event.message, param: event.param }
        return event
      case "response.output_item.added":
      case "response.output_item.done":
        if (typeof event.item === "object" && event.item !== null) {
          this.items[event.output_index] = clone(event.item as unknown as Item)
        }
        return event
      case "response.content_part.added":
      case "response.content_part.done": {
        const item = this.item(e, "message")
        ;(item.content ??= [])[event.content_index] = { ...event.part }
        return event
      }
      case "response.output_text.delta": {
        const part = this.part(e, "message", "content", "output_text", "text")
        part.text += event.delta
        if (Array.isArray(event.logprobs) && event.logprobs.length > 0) {
          part.logprobs = (part.logprobs ?? []).concat(event.logprobs)
        }
        return { ...event, snapshot: part.text }
      }
      case "response.output_text.annotation.added": {
        const part = this.part(e, "message", "content", "output_text", "text")
        const annotations = part.annotations = (part.annotations ?? []).slice()
        annotations[event.annotation_index] = event.annotation
        return event
      }
      case "response.function_call_arguments.delta": {
        const item = this.text(e, "function_call", "arguments")
        item.arguments += event.delta
        const parsed = PartialJson.lazy(item.arguments, false)
        return {
          ...event,
          snapshot: item.arguments,
          get parsed_arguments(): unknown {
            return parsed()
          }
        }
      }
      case "response.function_call_arguments.done": {
        const item = this.text(e, "function_call", "arguments")
        item.arguments = event.arguments
        if (typeof event.name === "string") item.name = event.name
        const parsed = PartialJson.lazy(event.arguments, true)
        return {
          ...event,
          get parsed_arguments(): unknown {
            return parsed()
          }
        }
      }
      case "response.reasoning_summary_part.added":
      case "response.reasoning_summary_part.done": {
        const item = this.item(e, "reasoning")
        ;(item.summary ??= [])[event.summary_index] = { ...event.part }
        return event
      }
      default: {
        const status = statusEvent.exec(event.type)
        const item = status === null ? undefined : this.items[e.output_index]
        if (item !== undefined && item.type === status![1]) item.status = status![2]
        // Everything else (audio, partial images, tool listings, events this version does not know) passes as it is.
        return event
      }
    }
  }

  /** The item an event is about, opened when the stream began after it. */
  private item(event: Item, type: string): Item {
    return this.items[event.output_index] ??= { id: event.item_id, type, status: "in_progress" }
  }

  /** An item with a text field, the field opened empty when it is missing. */
  private text(event: Item, type: string, field: string): Item {
    const item = this.item(event, type)
    if (typeof item[field] !== "string") item[field] = ""
    return item
  }

  /** The part of an item an event is about, opened empty when it is missing. */
  private part(event: Item, type: string, list: "content" | "summary", partType: string, field: string): Item {
    const item = this.item(event, type)
    const parts: Array<Item> = item[list] ??= []
    const index = list === "summary" ? event.summary_index : event.content_index
    const part = parts[index] ??= { type: partType }
    if (typeof part[field] !== "string") part[field] = ""
    if (partType === "output_text") part.annotations ??= []
    return part
  }

  /**
   * The response of a final event: its output when it has one, else the items
   * received, with `output_text` and each function call's `parsed_arguments`.
   */
  private complete(response: Response): FinalResponse {
    const sent = Array.isArray(response.output) && response.output.length > 0
    const output = sent
      ? (response.output as ReadonlyArray<Item>).map(withParsedArguments)
      : this.items.filter((item) => item !== undefined).map((item) => withParsedArguments(clone(item)))
    return { ...response, output, output_text: outputText(output) } as unknown as FinalResponse
  }

  /** The response so far with the items received, for a stream that ends before its final event. */
  snapshot(): FinalResponse | undefined {
    return this.response === undefined ? undefined : this.complete({ ...this.response, output: [] })
  }
}
