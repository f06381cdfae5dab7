/**
 * What both request kinds (Responses and Chat Completions) need from a
 * prompt and give back on a span: files as URLs, tool results as text, and
 * the GenAI attributes of `effect/ai/Telemetry`.
 */
import type * as Prompt from "effect/ai/Prompt"
import type * as Response from "effect/ai/Response"
import * as Telemetry from "effect/ai/Telemetry"
import * as Base64 from "effect/encoding/Base64"
import type { Span } from "effect/Tracer"

/** The module name errors and spans report. */
export const MODULE = "OpenAILanguageModel"

/** A file part as a URL the API accepts: its own URL, or a `data:` URL of its bytes. */
export const fileUrl = (part: Prompt.FilePart): string => {
  const data = part.data
  if (data instanceof URL) return data.href
  if (typeof data === "string") return data.startsWith("data:") ? data : `data:${part.mediaType};base64,${data}`
  return `data:${part.mediaType};base64,${Base64.encode(data)}`
}

/** What a tool result tells the model: the tool's text for the model, else the encoded result as JSON. */
export const toolOutput = (part: Prompt.ToolResultPart): string =>
  part.modelOutput !== undefined
    ? part.modelOutput.map((p) => p.type === "text" ? p.text : `[${p.mediaType} omitted]`).join("\n")
    : typeof part.result === "string"
    ? part.result
    : JSON.stringify(part.result ?? null)

/** The request fields the GenAI conventions name, from either request kind. */
export interface RequestAttributes {
  readonly model: string
  readonly temperature?: number | null | undefined
  readonly top_p?: number | null | undefined
  readonly max_output_tokens?: number | null | undefined
  readonly max_completion_tokens?: number | null | undefined
  readonly max_tokens?: number | null | undefined
  readonly frequency_penalty?: number | null | undefined
  readonly presence_penalty?: number | null | undefined
  readonly seed?: number | null | undefined
  readonly stop?: unknown
}

/** GenAI request attributes on the `LanguageModel` span. */
export const annotateRequest = (span: Span, request: RequestAttributes): void =>
  Telemetry.addGenAIAnnotations(span, {
    provider: { name: "openai" },
    operation: { name: "chat" },
    request: {
      model: request.model,
      temperature: request.temperature,
      topP: request.top_p,
      maxTokens: request.max_output_tokens ?? request.max_completion_tokens ?? request.max_tokens,
      frequencyPenalty: request.frequency_penalty,
      presencePenalty: request.presence_penalty,
      seed: request.seed,
      stopSequences: typeof request.stop === "string"
        ? [request.stop]
        : Array.isArray(request.stop)
        ? request.stop
        : null
    }
  })

/** GenAI response attributes on the `LanguageModel` span, from the parts as they are emitted. */
export const annotatePart = (span: Span, part: Response.PartEncoded | Response.StreamPartEncoded): void => {
  if (part.type === "response-metadata") {
    Telemetry.addGenAIAnnotations(span, { response: { id: part.id, model: part.modelId } })
  } else if (part.type === "finish") {
    Telemetry.addGenAIAnnotations(span, {
      response: { finishReasons: [part.reason] },
      usage: { inputTokens: part.usage.inputTokens.total, outputTokens: part.usage.outputTokens.total }
    })
  }
}

/** A usage object from the counts both APIs report (cached input and reasoning output included). */
export const usage = (counts: {
  readonly input: number | undefined
  readonly cached: number | undefined
  readonly output: number | undefined
  readonly reasoning: number | undefined
}): typeof Response.Usage.Encoded => ({
  inputTokens: {
    total: counts.input,
    cacheRead: counts.cached,
    uncached: counts.input === undefined ? undefined : counts.input - (counts.cached ?? 0)
  },
  outputTokens: {
    total: counts.output,
    reasoning: counts.reasoning,
    text: counts.output === undefined ? undefined : counts.output - (counts.reasoning ?? 0)
  }
})
