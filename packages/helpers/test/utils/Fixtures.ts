/**
 * Canned OpenAI answers for the provider tests (Responses objects and
 * events, chat completions and chunks), and the client layer over a local
 * scripted server.
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import type { FaultServer } from "../../../core/test/utils/FaultServer.ts"
import * as Fault from "../../../core/test/utils/FaultServer.ts"

/** The client over a local server: fetch, a test key, no retries unless asked. */
export const client = (server: FaultServer, options: OpenAIClient.Options = {}) =>
  OpenAIClient.layer({ apiKey: Redacted.make("sk-test"), baseURL: server.url, maxRetries: 0, ...options }).pipe(
    Layer.provide(FetchHttpClient.layer)
  )

/** The JSON body of the `index`th request the server received. */
export const body = (server: FaultServer, index: number): any => JSON.parse(server.requests[index]!.body)

export const usage = {
  input_tokens: 12,
  input_tokens_details: { cached_tokens: 2, cache_write_tokens: 0 },
  output_tokens: 7,
  output_tokens_details: { reasoning_tokens: 3 },
  total_tokens: 19
}

/** A `Response` object with `output`. */
export const response = (output: ReadonlyArray<unknown>, extra: Record<string, unknown> = {}) => ({
  id: "resp_1",
  object: "response",
  created_at: 1764504000,
  status: "completed",
  model: "gpt-4o-mini-2024-07-18",
  output,
  usage,
  error: null,
  incomplete_details: null,
  ...extra
})

export const message = (text: string, id = "msg_1") => ({
  type: "message",
  id,
  role: "assistant",
  status: "completed",
  content: [{ type: "output_text", text, annotations: [] }]
})

export const functionCall = (name: string, args: string, callId = "call_1") => ({
  type: "function_call",
  id: `fc_${callId}`,
  call_id: callId,
  name,
  arguments: args,
  status: "completed"
})

/** One Responses SSE event, its `type` both as the event name and in the data. */
export const event = (type: string, data: Record<string, unknown>): string => Fault.event({ type, ...data }, type)

/** The event stream of a message whose text arrives in `deltas`. */
export const textEvents = (deltas: ReadonlyArray<string>, id = "msg_1"): Array<string> => [
  event("response.output_item.added", {
    output_index: 0,
    item: { type: "message", id, role: "assistant", status: "in_progress", content: [] }
  }),
  ...deltas.map((delta) =>
    event("response.output_text.delta", { item_id: id, output_index: 0, content_index: 0, delta })
  ),
  event("response.output_item.done", { output_index: 0, item: message(deltas.join(""), id) })
]

/** A chat completion answering `content`. */
export const completion = (content: string | null, extra: Record<string, unknown> = {}) => ({
  id: "chatcmpl-1",
  object: "chat.completion",
  created: 1764504000,
  model: "gpt-4o-mini-2024-07-18",
  choices: [{
    index: 0,
    message: { role: "assistant", content, refusal: null },
    finish_reason: "stop",
    logprobs: null
  }],
  usage: { prompt_tokens: 12, completion_tokens: 7, total_tokens: 19 },
  ...extra
})
