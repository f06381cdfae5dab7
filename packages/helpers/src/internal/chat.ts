/**
 * Chat Completions behind `LanguageModel`, for OpenAI-compatible servers
 * without the Responses API: a prompt and its tools as a
 * `POST /chat/completions` body, and the answer (a completion, or its chunks
 * one by one) as effect's response parts.
 */
import type { OpenAIClient } from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import type { ChatCompletionMessageToolCall } from "@openai-effect/resources/types/ChatCompletionMessageToolCall"
import type { ChatCompletionRequestMessage } from "@openai-effect/resources/types/ChatCompletionRequestMessage"
import type { ChatCompletionRequestUserMessageContentPart } from "@openai-effect/resources/types/ChatCompletionRequestUserMessageContentPart"
import type { ChatCompletionToolChoiceOption } from "@openai-effect/resources/types/ChatCompletionToolChoiceOption"
import type { CompletionUsage } from "@openai-effect/resources/types/CompletionUsage"
import type { CreateChatCompletionStreamResponse } from "@openai-effect/resources/types/CreateChatCompletionStreamResponse"
import type * as AiError from "effect/ai/AiError"
import type * as LanguageModel from "effect/ai/LanguageModel"
import type * as Prompt from "effect/ai/Prompt"
import type * as Response from "effect/ai/Response"
import * as Tool from "effect/ai/Tool"
import * as Effect from "effect/Effect"
import * as Stream from "effect/Stream"
import * as Errors from "./aiError.ts"
import { fileUrl, MODULE, toolOutput, usage } from "./content.ts"
import * as Strict from "./strict.ts"

/** The request fields a layer may set; the provider owns the messages, the tools and the output format. */
export type Config = Omit<
  ChatCompletions.CreateParams,
  "model" | "messages" | "tools" | "tool_choice" | "stream" | "stream_options" | "response_format"
>

type Part = Response.PartEncoded
type StreamPart = Response.StreamPartEncoded

const userPart = (
  part: Prompt.UserMessagePart,
  method: string
): Effect.Effect<ChatCompletionRequestUserMessageContentPart, AiError.AiError> => {
  if (part.type === "text") return Effect.succeed({ type: "text", text: part.text })
  if (part.mediaType.startsWith("image/")) {
    return Effect.succeed({ type: "image_url", image_url: { url: fileUrl(part) } })
  }
  if (part.data instanceof URL) {
    return Effect.fail(Errors.invalidInput(MODULE, method, "Chat Completions takes files as data, not as URLs"))
  }
  return Effect.succeed({ type: "file", file: { filename: part.fileName ?? "file", file_data: fileUrl(part) } })
}

/** The prompt as chat messages. */
export const messages = (
  prompt: Prompt.Prompt,
  method: string
): Effect.Effect<Array<ChatCompletionRequestMessage>, AiError.AiError> =>
  Effect.gen(function*() {
    const out: Array<ChatCompletionRequestMessage> = []
    for (const message of prompt.content) {
      switch (message.role) {
        case "system":
          out.push({ role: "system", content: message.content })
          break
        case "user":
          out.push({
            role: "user",
            content: yield* Effect.forEach(message.content, (part) => userPart(part, method))
          })
          break
        case "assistant": {
          let text = ""
          const calls: Array<ChatCompletionMessageToolCall> = []
          for (const part of message.content) {
            if (part.type === "text") text += part.text
            else if (part.type === "tool-call" && !part.providerExecuted) {
              calls.push({
                id: part.id,
                type: "function",
                function: { name: part.name, arguments: JSON.stringify(part.params ?? {}) }
              })
            } else if (part.type === "file") {
              return yield* Errors.invalidInput(MODULE, method, "an assistant message cannot carry a file")
            }
            // Reasoning is not sent back: Chat Completions has no field for it.
          }
          out.push({
            role: "assistant",
            content: text === "" && calls.length > 0 ? null : text,
            ...(calls.length > 0 ? { tool_calls: calls } : {})
          })
          break
        }
        case "tool":
          for (const part of message.content) {
            if (part.type === "tool-result") {
              out.push({ role: "tool", tool_call_id: part.id, content: toolOutput(part) })
            }
          }
          break
      }
    }
    return out
  })

const toolChoice = (choice: LanguageModel.ToolChoice<string>): ChatCompletionToolChoiceOption =>
  typeof choice === "string"
    ? choice
    : "tool" in choice
    ? { type: "function", function: { name: choice.tool } }
    // `LanguageModel` already narrowed the tools to `oneOf`.
    : choice.mode ?? "auto"

/** The whole request body. */
export const request = (
  model: string,
  config: Config,
  options: LanguageModel.ProviderOptions,
  method: string
): Effect.Effect<Omit<ChatCompletions.CreateParams, "stream">, AiError.AiError> =>
  Effect.gen(function*() {
    const body: Record<string, unknown> = { ...config, model, messages: yield* messages(options.prompt, method) }
    if (options.tools.length > 0) {
      body.tools = yield* Effect.forEach(options.tools, (tool) => {
        if (Tool.isProviderDefined(tool)) {
          return Effect.fail(
            Errors.invalidInput(MODULE, method, `${tool.name} runs only on the Responses API (api: "responses")`)
          )
        }
        return Effect.map(Strict.functionDefinition(tool, MODULE, method), (definition) => ({
          type: "function" as const,
          function: {
            name: definition.name,
            parameters: definition.parameters,
            strict: definition.strict,
            ...(definition.description === undefined ? {} : { description: definition.description })
          }
        }))
      })
      body.tool_choice = toolChoice(options.toolChoice)
    }
    const format = options.responseFormat
    if (format.type === "json") {
      const schema = yield* Strict.responseSchema(format.schema, MODULE, method)
      body.response_format = { type: "json_schema", json_schema: { name: format.objectName, schema, strict: true } }
    }
    return body as unknown as Omit<ChatCompletions.CreateParams, "stream">
  })

const finishReason = (reason: string | null | undefined, refused: boolean): Response.FinishReason => {
  if (refused) return "content-filter"
  switch (reason) {
    case "stop":
      return "stop"
    case "length":
      return "length"
    case "tool_calls":
    case "function_call":
      return "tool-calls"
    case "content_filter":
      return "content-filter"
    case null:
    case undefined:
      return "unknown"
    default:
      return "other"
  }
}

const usageOf = (u: CompletionUsage | null | undefined): typeof Response.Usage.Encoded =>
  usage({
    input: u?.prompt_tokens,
    cached: u?.prompt_tokens_details?.cached_tokens,
    output: u?.completion_tokens,
    reasoning: u?.completion_tokens_details?.reasoning_tokens
  })

const metadataPart = (chunk: { readonly id: string; readonly model: string; readonly created: number }): Part => ({
  type: "response-metadata",
  id: chunk.id,
  modelId: chunk.model,
  timestamp: new Date(chunk.created * 1000).toISOString()
})

// Servers such as DeepSeek and vLLM stream their reasoning in a field the
// OpenAI schema does not have.
const reasoningOf = (message: object): string | undefined => {
  const value = (message as { readonly reasoning_content?: unknown }).reasoning_content
  return typeof value === "string" && value !== "" ? value : undefined
}

/** A completion (its first choice) as parts. */
export const parts = (
  completion: ChatCompletions.ChatCompletion,
  options: LanguageModel.ProviderOptions,
  method: string
): Effect.Effect<Array<Part>, AiError.AiError> =>
  Effect.gen(function*() {
    const out: Array<Part> = [metadataPart(completion)]
    const choice = completion.choices[0]
    if (choice === undefined) {
      return yield* Errors.invalidResponse(MODULE, method, "the completion has no choice")
    }
    const message = choice.message
    const reasoning = reasoningOf(message)
    if (reasoning !== undefined) out.push({ type: "reasoning", text: reasoning })
    if (message.content != null && message.content !== "") out.push({ type: "text", text: message.content })
    if (message.refusal != null) {
      out.push({ type: "text", text: "", metadata: { openai: { refusal: message.refusal } } })
    }
    for (const call of message.tool_calls ?? []) {
      if (call.type !== "function") continue
      const params = yield* Strict.toolParams(
        options.tools,
        call.function.name,
        call.function.arguments,
        MODULE,
        method
      )
      out.push({ type: "tool-call", id: call.id, name: call.function.name, params })
    }
    out.push({
      type: "finish",
      reason: finishReason(choice.finish_reason, message.refusal != null),
      usage: usageOf(completion.usage)
    })
    return out
  })

interface OpenCall {
  readonly id: string
  readonly name: string
  args: string
}

/**
 * Turns chunks into stream parts, one chunk at a time, and `end` closes what
 * the chunks left open (text, reasoning, tool calls) with the finish part.
 * Tool calls are assembled by their `index`, as the API streams them.
 */
const streamParts = (options: LanguageModel.ProviderOptions, method: string): {
  readonly chunk: (chunk: CreateChatCompletionStreamResponse) => Effect.Effect<ReadonlyArray<StreamPart>>
  readonly end: Effect.Effect<ReadonlyArray<StreamPart>, AiError.AiError>
} => {
  let started = false
  let textId: string | undefined
  let reasoningId: string | undefined
  let refusal: string | undefined
  let finish: string | null = null
  let usageChunk: CompletionUsage | null | undefined
  const calls = new Map<number, OpenCall>()
  return {
    chunk: (chunk) =>
      Effect.sync(() => {
        const out: Array<StreamPart> = []
        if (!started) {
          started = true
          out.push(metadataPart(chunk) as StreamPart)
        }
        if (chunk.usage != null) usageChunk = chunk.usage
        const choice = chunk.choices[0]
        if (choice === undefined) return out
        const delta = choice.delta
        const reasoning = reasoningOf(delta)
        if (reasoning !== undefined) {
          if (reasoningId === undefined) {
            reasoningId = `${chunk.id}:reasoning`
            out.push({ type: "reasoning-start", id: reasoningId })
          }
          out.push({ type: "reasoning-delta", id: reasoningId, delta: reasoning })
        }
        if (delta.content != null && delta.content !== "") {
          if (textId === undefined) {
            textId = `${chunk.id}:text`
            out.push({ type: "text-start", id: textId })
          }
          out.push({ type: "text-delta", id: textId, delta: delta.content })
        }
        if (delta.refusal != null) refusal = (refusal ?? "") + delta.refusal
        for (const call of delta.tool_calls ?? []) {
          let open = calls.get(call.index)
          if (open === undefined) {
            if (call.id === undefined || call.function?.name === undefined) continue
            open = { id: call.id, name: call.function.name, args: "" }
            calls.set(call.index, open)
            out.push({ type: "tool-params-start", id: open.id, name: open.name })
          }
          const args = call.function?.arguments
          if (args !== undefined && args !== "") {
            open.args += args
            out.push({ type: "tool-params-delta", id: open.id, delta: args })
          }
        }
        if (choice.finish_reason != null) finish = choice.finish_reason
        return out
      }),
    end: Effect.suspend(() => {
      const out: Array<StreamPart> = []
      if (reasoningId !== undefined) out.push({ type: "reasoning-end", id: reasoningId })
      if (textId !== undefined || refusal !== undefined) {
        // A refusal travels on the text block, as the Responses variant carries it.
        const id = textId ?? "refusal"
        if (textId === undefined) out.push({ type: "text-start", id })
        out.push({ type: "text-end", id, ...(refusal === undefined ? {} : { metadata: { openai: { refusal } } }) })
      }
      return Effect.map(
        Effect.forEach([...calls.values()], (call) =>
          Effect.map(
            Strict.toolParams(options.tools, call.name, call.args, MODULE, method),
            (params): ReadonlyArray<StreamPart> => [
              { type: "tool-params-end", id: call.id },
              { type: "tool-call", id: call.id, name: call.name, params }
            ]
          )),
        (toolParts): ReadonlyArray<StreamPart> => [
          ...out,
          ...toolParts.flat(),
          { type: "finish", reason: finishReason(finish, refusal !== undefined), usage: usageOf(usageChunk) }
        ]
      )
    })
  }
}

/** `POST /chat/completions`. */
export const create = (
  body: Omit<ChatCompletions.CreateParams, "stream">
): Effect.Effect<ChatCompletions.ChatCompletion, OpenAIError, OpenAIClient> => ChatCompletions.create(body)

/** `POST /chat/completions` streamed (with usage in its last chunk), as parts. */
export const stream = (
  body: Omit<ChatCompletions.CreateParams, "stream">,
  options: LanguageModel.ProviderOptions
): Stream.Stream<StreamPart, AiError.AiError, OpenAIClient> => {
  const toParts = streamParts(options, "streamText")
  return ChatCompletions.createStream({ ...body, stream_options: { include_usage: true } }).pipe(
    Stream.mapError(Errors.fromOpenAIError(MODULE, "streamText")),
    Stream.mapEffect(toParts.chunk),
    Stream.concat(Stream.fromEffect(toParts.end)),
    Stream.flattenIterable
  )
}
