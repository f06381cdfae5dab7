/**
 * The Responses API behind `LanguageModel`: a prompt and its tools as a
 * `POST /responses` body, and the answer (a whole `Response`, or its server
 * events one by one) as effect's response parts.
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Responses from "@openai-effect/resources/Responses"
import type { InputContent } from "@openai-effect/resources/types/InputContent"
import type { InputItem } from "@openai-effect/resources/types/InputItem"
import type { OutputItem } from "@openai-effect/resources/types/OutputItem"
import type { Response as ApiResponse } from "@openai-effect/resources/types/Response"
import type { ResponseStreamEvent } from "@openai-effect/resources/types/ResponseStreamEvent"
import type { Tool as ApiTool } from "@openai-effect/resources/types/Tool"
import type { ToolChoiceParam } from "@openai-effect/resources/types/ToolChoiceParam"
import type * as AiError from "effect/ai/AiError"
import type * as LanguageModel from "effect/ai/LanguageModel"
import type * as Prompt from "effect/ai/Prompt"
import type * as Response from "effect/ai/Response"
import * as Tool from "effect/ai/Tool"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import * as Errors from "./aiError.ts"
import { fileUrl, MODULE, toolOutput, usage } from "./content.ts"
import * as Strict from "./strict.ts"

/** The request fields a layer may set; the provider owns the prompt, the tools and the output format. */
export type Config =
  & Omit<Responses.CreateParams, "model" | "input" | "tools" | "tool_choice" | "stream" | "text">
  & { readonly text?: { readonly verbosity?: "low" | "medium" | "high" | undefined } | undefined }

type Part = Response.PartEncoded
type StreamPart = Response.StreamPartEncoded

/** What a part carries to be sent back in a later turn: the output item it came from. */
const itemOf = (options: Prompt.ProviderOptions): { readonly itemId?: string; readonly encryptedContent?: string } => {
  const openai = options.openai
  return typeof openai === "object" && openai !== null && !Array.isArray(openai)
    ? openai as { readonly itemId?: string; readonly encryptedContent?: string }
    : {}
}

const userContent = (part: Prompt.UserMessagePart, method: string): Effect.Effect<InputContent, AiError.AiError> => {
  if (part.type === "text") return Effect.succeed({ type: "input_text", text: part.text })
  if (part.mediaType.startsWith("image/")) {
    return Effect.succeed({ type: "input_image", image_url: fileUrl(part), detail: "auto" })
  }
  if (part.data instanceof URL) return Effect.succeed({ type: "input_file", file_url: part.data.href })
  if (part.mediaType === "application/pdf" || part.mediaType.startsWith("text/")) {
    return Effect.succeed({ type: "input_file", filename: part.fileName ?? "file", file_data: fileUrl(part) })
  }
  return Effect.fail(Errors.invalidInput(MODULE, method, `the Responses API does not take ${part.mediaType} files`))
}

/** The prompt as Responses input items. */
export const input = (prompt: Prompt.Prompt, method: string): Effect.Effect<Array<InputItem>, AiError.AiError> =>
  Effect.gen(function*() {
    const items: Array<InputItem> = []
    for (const message of prompt.content) {
      switch (message.role) {
        case "system":
          items.push({ role: "system", content: message.content })
          break
        case "user":
          items.push({
            role: "user",
            content: yield* Effect.forEach(message.content, (part) => userContent(part, method))
          })
          break
        case "assistant":
          for (const part of message.content) {
            switch (part.type) {
              case "text":
                items.push({ role: "assistant", content: part.text })
                break
              case "reasoning": {
                // Reasoning goes back only as the item it came from; text
                // without an item id (another provider's) has no form here.
                const { itemId, encryptedContent } = itemOf(part.options)
                if (itemId === undefined) break
                items.push({
                  type: "reasoning",
                  id: itemId,
                  summary: part.text === "" ? [] : [{ type: "summary_text", text: part.text }],
                  ...(encryptedContent === undefined ? {} : { encrypted_content: encryptedContent })
                })
                break
              }
              case "tool-call": {
                if (part.providerExecuted) {
                  // OpenAI ran it: refer to the stored item instead of replaying it.
                  const { itemId } = itemOf(part.options)
                  items.push({ type: "item_reference", id: itemId ?? part.id })
                  break
                }
                items.push({
                  type: "function_call",
                  call_id: part.id,
                  name: part.name,
                  arguments: JSON.stringify(part.params ?? {})
                })
                break
              }
              case "file":
                return yield* Errors.invalidInput(MODULE, method, "an assistant message cannot carry a file")
              case "tool-result":
              case "tool-approval-request":
                // A provider-executed result is part of the item its call refers to; approvals are
                // settled by `LanguageModel` before the request.
                break
            }
          }
          break
        case "tool":
          for (const part of message.content) {
            if (part.type === "tool-result") {
              items.push({ type: "function_call_output", call_id: part.id, output: toolOutput(part) })
            }
          }
          break
      }
    }
    return items
  })

type NameMapper = Tool.NameMapper<ReadonlyArray<Tool.Any>>

const providerTool = (tool: Tool.AnyProviderDefined, method: string): Effect.Effect<ApiTool, AiError.AiError> =>
  Effect.mapError(
    Schema.decodeUnknownEffect(tool.argsSchema as Schema.Codec<unknown, unknown>)(tool.args),
    (error) => Errors.invalidInput(MODULE, method, `the arguments of ${tool.name} are not valid: ${error.message}`)
  ).pipe(Effect.as({ ...(tool.args as object), type: tool.providerName } as ApiTool))

const KNOWN_PROVIDER_TOOLS = new Set(["web_search", "file_search", "code_interpreter"])

/** Tools and tool choice as the Responses API takes them. */
export const tools = (
  options: LanguageModel.ProviderOptions,
  method: string
): Effect.Effect<{ readonly tools?: Array<ApiTool>; readonly tool_choice?: ToolChoiceParam }, AiError.AiError> =>
  Effect.gen(function*() {
    if (options.tools.length === 0) return {}
    const out: Array<ApiTool> = []
    for (const tool of options.tools) {
      if (Tool.isProviderDefined(tool)) {
        if (!KNOWN_PROVIDER_TOOLS.has(tool.providerName)) {
          return yield* Errors.invalidInput(MODULE, method, `OpenAI has no built-in tool ${tool.providerName}`)
        }
        out.push(yield* providerTool(tool, method))
      } else {
        const definition = yield* Strict.functionDefinition(tool, MODULE, method)
        out.push({
          type: "function",
          name: definition.name,
          parameters: definition.parameters as Record<string, unknown>,
          strict: definition.strict,
          ...(definition.description === undefined ? {} : { description: definition.description })
        })
      }
    }
    return { tools: out, tool_choice: toolChoice(options.toolChoice, new Tool.NameMapper(options.tools)) }
  })

const toolChoice = (choice: LanguageModel.ToolChoice<string>, names: NameMapper): ToolChoiceParam => {
  if (typeof choice === "string") return choice
  if ("tool" in choice) {
    const provider = names.getProviderName(choice.tool)
    return provider !== choice.tool
      ? { type: provider } as ToolChoiceParam
      : { type: "function", name: choice.tool }
  }
  // `LanguageModel` already narrowed the tools to `oneOf`.
  return choice.mode ?? "auto"
}

/** The output format: text, or the strict JSON Schema of `generateObject`'s schema. */
export const textFormat = (
  options: LanguageModel.ProviderOptions,
  method: string
): Effect.Effect<Responses.CreateParams["text"], AiError.AiError> => {
  const format = options.responseFormat
  if (format.type === "text") return Effect.succeed(undefined)
  return Effect.map(Strict.responseSchema(format.schema, MODULE, method), (schema) => ({
    format: { type: "json_schema" as const, name: format.objectName, schema, strict: true }
  }))
}

/** The whole request body. */
export const request = (
  model: string,
  config: Config,
  options: LanguageModel.ProviderOptions,
  method: string
): Effect.Effect<Omit<Responses.CreateParams, "stream">, AiError.AiError> =>
  Effect.gen(function*() {
    const items = yield* input(options.prompt, method)
    const toolFields = yield* tools(options, method)
    const format = yield* textFormat(options, method)
    const text = format === undefined && config.text === undefined
      ? undefined
      : { ...config.text, ...format }
    return {
      ...config,
      model,
      input: items,
      ...toolFields,
      ...(text === undefined ? {} : { text })
    } as Omit<Responses.CreateParams, "stream">
  })

// -----------------------------------------------------------------------------
// The answer

const metadataPart = (response: ApiResponse): Part => ({
  type: "response-metadata",
  id: response.id,
  modelId: response.model,
  timestamp: new Date(response.created_at * 1000).toISOString()
})

const usageOf = (response: ApiResponse): typeof Response.Usage.Encoded =>
  usage({
    input: response.usage?.input_tokens,
    cached: response.usage?.input_tokens_details?.cached_tokens,
    output: response.usage?.output_tokens,
    reasoning: response.usage?.output_tokens_details?.reasoning_tokens
  })

const finishReason = (
  response: ApiResponse,
  state: { readonly toolCalls: boolean; readonly refused: boolean }
): Response.FinishReason => {
  if (response.status === "incomplete") {
    return response.incomplete_details?.reason === "content_filter" ? "content-filter" : "length"
  }
  if (response.status === "failed") return "error"
  if (state.refused) return "content-filter"
  return state.toolCalls ? "tool-calls" : "stop"
}

const finishPart = (
  response: ApiResponse,
  state: { readonly toolCalls: boolean; readonly refused: boolean }
): Part => ({
  type: "finish",
  reason: finishReason(response, state),
  usage: usageOf(response),
  metadata: { openai: { serviceTier: response.service_tier ?? null } }
})

const itemMetadata = (itemId: string | undefined) => ({ openai: itemId === undefined ? {} : { itemId } })

/** The parts of a call OpenAI ran itself, or `undefined` for an item that is no such call. */
const providerToolParts = (
  item: OutputItem,
  names: NameMapper
): Array<Response.ToolCallPartEncoded | Response.ToolResultPartEncoded> | undefined => {
  let providerName: string
  let params: unknown
  let result: unknown
  switch (item.type) {
    case "web_search_call":
      providerName = "web_search"
      params = { action: item.action }
      result = { status: item.status, action: item.action }
      break
    case "file_search_call":
      providerName = "file_search"
      params = { queries: item.queries }
      result = { status: item.status, queries: item.queries, results: item.results ?? null }
      break
    case "code_interpreter_call":
      providerName = "code_interpreter"
      params = { code: item.code, container_id: item.container_id }
      result = { status: item.status, outputs: item.outputs ?? [] }
      break
    default:
      return undefined
  }
  const name = names.getCustomName(providerName)
  return [
    { type: "tool-call", id: item.id, name, params, providerExecuted: true, metadata: itemMetadata(item.id) },
    { type: "tool-result", id: item.id, name, result, isFailure: item.status === "failed", providerExecuted: true }
  ]
}

const summaryText = (item: Extract<OutputItem, { readonly type: "reasoning" }>): string =>
  item.summary.length > 0
    ? item.summary.map((s) => s.text).join("\n\n")
    : (item.content ?? []).map((c) => c.text).join("\n\n")

const reasoningMetadata = (item: Extract<OutputItem, { readonly type: "reasoning" }>) => ({
  openai: item.encrypted_content == null
    ? { itemId: item.id }
    : { itemId: item.id, encryptedContent: item.encrypted_content }
})

/** A whole `Response` as parts. */
export const parts = (
  response: ApiResponse,
  options: LanguageModel.ProviderOptions,
  method: string
): Effect.Effect<Array<Part>, AiError.AiError> =>
  Effect.gen(function*() {
    if (response.status === "failed") return yield* Errors.fromResponseError(MODULE, method, response.error)
    const names = new Tool.NameMapper(options.tools)
    const out: Array<Part> = [metadataPart(response)]
    const state = { toolCalls: false, refused: false }
    for (const item of response.output) {
      switch (item.type) {
        case "message":
          for (const content of item.content) {
            if (content.type === "output_text") {
              out.push({ type: "text", text: content.text, metadata: itemMetadata(item.id) })
            } else {
              state.refused = true
              out.push({ type: "text", text: "", metadata: { openai: { itemId: item.id, refusal: content.refusal } } })
            }
          }
          break
        case "reasoning":
          out.push({ type: "reasoning", text: summaryText(item), metadata: reasoningMetadata(item) })
          break
        case "function_call": {
          state.toolCalls = true
          const params = yield* Strict.toolParams(options.tools, item.name, item.arguments, MODULE, method)
          out.push({ type: "tool-call", id: item.call_id, name: item.name, params, metadata: itemMetadata(item.id) })
          break
        }
        default: {
          // Items this provider does not map (MCP, image generation, ...) stay in the raw response.
          const provider = providerToolParts(item, names)
          if (provider !== undefined) out.push(...provider)
        }
      }
    }
    out.push(finishPart(response, state))
    return out
  })

/**
 * Turns server events into stream parts, one event at a time. The state
 * (open tool calls by output index, whether the answer called a tool or
 * refused) lives in the returned function, one per stream.
 */
export const streamParts = (
  options: LanguageModel.ProviderOptions,
  method: string
): (event: ResponseStreamEvent) => Effect.Effect<ReadonlyArray<StreamPart>, AiError.AiError> => {
  const names = new Tool.NameMapper(options.tools)
  const calls = new Map<number, { readonly id: string; readonly name: string }>()
  const state = { toolCalls: false, refused: false }
  const refusals = new Map<string, string>()
  const none: ReadonlyArray<StreamPart> = []
  return (event): Effect.Effect<ReadonlyArray<StreamPart>, AiError.AiError> => {
    switch (event.type) {
      case "response.created":
        return Effect.succeed([metadataPart(event.response) as StreamPart])
      case "response.output_item.added": {
        const item = event.item
        switch (item.type) {
          case "message":
            return Effect.succeed([{ type: "text-start", id: item.id, metadata: itemMetadata(item.id) }])
          case "reasoning":
            return Effect.succeed([{ type: "reasoning-start", id: item.id, metadata: itemMetadata(item.id) }])
          case "function_call":
            calls.set(event.output_index, { id: item.call_id, name: item.name })
            return Effect.succeed([{ type: "tool-params-start", id: item.call_id, name: item.name }])
          default:
            return Effect.succeed(none)
        }
      }
      case "response.output_text.delta":
        return Effect.succeed([{ type: "text-delta", id: event.item_id, delta: event.delta }])
      case "response.refusal.delta":
        refusals.set(event.item_id, (refusals.get(event.item_id) ?? "") + event.delta)
        return Effect.succeed(none)
      case "response.reasoning_summary_part.added":
        // Summaries of one item read as one text, paragraph by paragraph.
        return Effect.succeed(
          event.summary_index > 0 ? [{ type: "reasoning-delta", id: event.item_id, delta: "\n\n" }] : none
        )
      case "response.reasoning_summary_text.delta":
      case "response.reasoning_text.delta":
        return Effect.succeed([{ type: "reasoning-delta", id: event.item_id, delta: event.delta }])
      case "response.function_call_arguments.delta": {
        const call = calls.get(event.output_index)
        return Effect.succeed(
          call === undefined ? none : [{ type: "tool-params-delta", id: call.id, delta: event.delta }]
        )
      }
      case "response.output_item.done": {
        const item = event.item
        switch (item.type) {
          case "message": {
            const refusal = refusals.get(item.id)
            if (refusal !== undefined) state.refused = true
            return Effect.succeed([{
              type: "text-end",
              id: item.id,
              metadata: { openai: refusal === undefined ? { itemId: item.id } : { itemId: item.id, refusal } }
            }])
          }
          case "reasoning":
            return Effect.succeed([{ type: "reasoning-end", id: item.id, metadata: reasoningMetadata(item) }])
          case "function_call":
            state.toolCalls = true
            calls.delete(event.output_index)
            return Effect.map(
              Strict.toolParams(options.tools, item.name, item.arguments, MODULE, method),
              (params): ReadonlyArray<StreamPart> => [
                { type: "tool-params-end", id: item.call_id },
                { type: "tool-call", id: item.call_id, name: item.name, params, metadata: itemMetadata(item.id) }
              ]
            )
          default:
            return Effect.succeed(providerToolParts(item, names) ?? none)
        }
      }
      case "response.completed":
      case "response.incomplete":
        return Effect.succeed([finishPart(event.response, state) as StreamPart])
      case "response.failed":
        return Effect.fail(Errors.fromResponseError(MODULE, method, event.response.error))
      default:
        return Effect.succeed(none)
    }
  }
}

/** `POST /responses`. */
export const create = (
  body: Omit<Responses.CreateParams, "stream">
): Effect.Effect<ApiResponse, OpenAIError, OpenAIClient> => Responses.create(body)

/** `POST /responses` streamed, as parts. */
export const stream = (
  body: Omit<Responses.CreateParams, "stream">,
  options: LanguageModel.ProviderOptions
): Stream.Stream<StreamPart, AiError.AiError, OpenAIClient> =>
  Responses.createStream(body).pipe(
    Stream.mapError(Errors.fromOpenAIError(MODULE, "streamText")),
    Stream.mapEffect(streamParts(options, "streamText")),
    Stream.flattenIterable
  )
