/**
 * `/chat/completions`: create (JSON, or SSE with `stream: true`), and the stored completions API
 * (list, retrieve, update, delete, messages).
 */
import type { ServerResponse } from "node:http"
import type { Context } from "./http.ts"
import {
  drain,
  intParam,
  invalidRequest,
  missingParameter,
  notFound,
  orderParam,
  readJson,
  sendJson,
  writeHead
} from "./http.ts"
import { arraySequence, cursorPage } from "./paging.ts"
import {
  alphanumeric,
  estimateTokens,
  hash,
  LONG_TEXT_WORDS,
  newId,
  OBFUSCATION_POOL,
  replyFor,
  sampleFromSchema,
  toDeltas
} from "./samples.ts"

type Json = Record<string, unknown>

interface StoredCompletion {
  readonly completion: Json
  readonly messages: ReadonlyArray<Json>
}

export interface ChatState {
  /** Stored completions in creation order (the list's `asc` order). */
  readonly stored: Map<string, StoredCompletion>
  /** When set, every streamed text reply has exactly this many content chunks (benchmarks). */
  readonly streamChunks: number | undefined
}

const SYSTEM_FINGERPRINT = "fp_mock4d2e1a"

const SNAPSHOTS: Record<string, string> = {
  "gpt-4o": "gpt-4o-2024-08-06",
  "gpt-4o-mini": "gpt-4o-mini-2024-07-18",
  "gpt-4.1": "gpt-4.1-2025-04-14",
  "gpt-4.1-mini": "gpt-4.1-mini-2025-04-14",
  "gpt-4.1-nano": "gpt-4.1-nano-2025-04-14",
  "gpt-5": "gpt-5-2025-08-07",
  "gpt-5-mini": "gpt-5-mini-2025-08-07",
  "o4-mini": "o4-mini-2025-04-16"
}

const ROLES = new Set(["system", "developer", "user", "assistant", "tool", "function"])

const textOf = (content: unknown): string => {
  if (typeof content === "string") return content
  if (Array.isArray(content)) {
    return content
      .map((
        part
      ) => (typeof part === "object" && part !== null && typeof (part as Json).text === "string"
        ? (part as Json).text
        : "")
      )
      .join("")
  }
  return ""
}

interface Params {
  readonly body: Json
  readonly model: string
  readonly messages: ReadonlyArray<Json>
  readonly n: number
  readonly maxTokens: number | undefined
}

const validate = (body: Json): Params => {
  if (typeof body.model !== "string" || body.model === "") {
    throw invalidRequest("you must provide a model parameter")
  }
  if (body.messages === undefined) throw missingParameter("messages")
  if (!Array.isArray(body.messages)) {
    throw invalidRequest(
      `Invalid type for 'messages': expected an array, but got ${typeof body.messages} instead.`,
      "messages",
      "invalid_type"
    )
  }
  if (body.messages.length === 0) {
    throw invalidRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      "messages",
      "empty_array"
    )
  }
  body.messages.forEach((message: unknown, i: number) => {
    const role = typeof message === "object" && message !== null ? (message as Json).role : undefined
    if (typeof role !== "string" || !ROLES.has(role)) {
      throw invalidRequest(
        `Invalid value: '${
          String(role)
        }'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.`,
        `messages[${i}].role`,
        "invalid_value"
      )
    }
  })
  const n = body.n === undefined || body.n === null ? 1 : body.n
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 128) {
    throw invalidRequest(
      `Invalid 'n': expected an integer between 1 and 128, but got ${JSON.stringify(n)} instead.`,
      "n",
      "invalid_value"
    )
  }
  const max = body.max_completion_tokens ?? body.max_tokens
  return {
    body,
    model: body.model,
    messages: body.messages as ReadonlyArray<Json>,
    n,
    maxTokens: typeof max === "number" && max > 0 ? max : undefined
  }
}

/** What the fake model answers: text, or a call to one of the request's tools. */
type Plan =
  | { readonly _tag: "text"; readonly text: string }
  | { readonly _tag: "tool"; readonly name: string; readonly arguments: string }

const plan = (params: Params): Plan => {
  const { body, messages } = params
  let lastUser = -1
  for (let i = messages.length - 1; i >= 0; i--) {
    if (messages[i].role === "user") {
      lastUser = i
      break
    }
  }
  const sinceUser = messages.slice(lastUser + 1)
  const toolResults = sinceUser.filter((m) => m.role === "tool")
  const tools = (Array.isArray(body.tools) ? body.tools : []).filter(
    (t: unknown): t is Json => typeof t === "object" && t !== null && (t as Json).type === "function"
  )
  // The fake model calls each tool of the request once, in order, one per turn (a forced choice:
  // only that one), then answers from the results.
  const called = new Set(
    sinceUser.flatMap((m) => Array.isArray(m.tool_calls) ? m.tool_calls : []).map((c: Json) =>
      (c.function as Json)?.name
    )
  )
  const toolChoice = body.tool_choice
  const forced = typeof toolChoice === "object" && toolChoice !== null
    ? ((toolChoice as Json).function as Json | undefined)?.name
    : undefined
  const tool = forced !== undefined
    ? (toolResults.length === 0 ? tools.find((t) => (t.function as Json).name === forced) ?? tools[0] : undefined)
    : tools.find((t) => !called.has((t.function as Json).name))
  if (tool !== undefined && toolChoice !== "none") {
    const fn = tool.function as Json
    const args = sampleFromSchema(fn.parameters ?? { type: "object", properties: {} }) as Json
    // Like a model, it passes what an earlier tool said (a short plain answer) on to the next tool.
    const told = toolResults.map((m) => textOf(m.content)).filter((t) => t.length <= 60 && !/^[[{]/.test(t)).pop()
    if (told !== undefined) { for (const key of Object.keys(args)) if (typeof args[key] === "string") args[key] = told }
    return { _tag: "tool", name: String(fn.name), arguments: JSON.stringify(args) }
  }
  const userText = lastUser >= 0 ? textOf(messages[lastUser].content) : ""
  let text = toolResults.length > 0
    ? `Based on the tool results: ${toolResults.map((m) => textOf(m.content)).join("; ").slice(0, 400)}`
    : replyFor(userText)
  const format = body.response_format as Json | undefined
  if (format?.type === "json_schema") {
    const schema = (format.json_schema as Json | undefined)?.schema ?? { type: "object", properties: {} }
    text = JSON.stringify(sampleFromSchema(schema))
  } else if (format?.type === "json_object") {
    text = JSON.stringify({ answer: text })
  }
  return { _tag: "text", text }
}

const promptTokens = (messages: ReadonlyArray<Json>): number =>
  messages.reduce((sum, m) => sum + 4 + estimateTokens(textOf(m.content)), 3)

const usage = (prompt: number, completion: number): Json => ({
  prompt_tokens: prompt,
  completion_tokens: completion,
  total_tokens: prompt + completion,
  prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  completion_tokens_details: {
    reasoning_tokens: 0,
    audio_tokens: 0,
    accepted_prediction_tokens: 0,
    rejected_prediction_tokens: 0
  }
})

/** Caps a text reply at `maxTokens` deltas, reporting `length` as the finish reason when it cut. */
const limitDeltas = (deltas: Array<string>, maxTokens: number | undefined): { deltas: Array<string>; finish: string } =>
  maxTokens !== undefined && deltas.length > maxTokens
    ? { deltas: deltas.slice(0, maxTokens), finish: "length" }
    : { deltas, finish: "stop" }

const toolCallId = () => newId("call_", 24)

const buildCompletion = (params: Params, p: Plan, id: string, created: number, model: string): Json => {
  let message: Json
  let finish: string
  let completionTokens: number
  if (p._tag === "tool") {
    message = {
      role: "assistant",
      content: null,
      tool_calls: [{ id: toolCallId(), type: "function", function: { name: p.name, arguments: p.arguments } }],
      refusal: null,
      annotations: []
    }
    finish = "tool_calls"
    completionTokens = estimateTokens(p.arguments) + 8
  } else {
    const limited = limitDeltas(toDeltas(p.text), params.maxTokens)
    message = { role: "assistant", content: limited.deltas.join(""), refusal: null, annotations: [] }
    finish = limited.finish
    completionTokens = limited.deltas.length
  }
  const completion: Json = {
    id,
    object: "chat.completion",
    created,
    model,
    choices: Array.from(
      { length: params.n },
      (_, index) => ({ index, message, logprobs: null, finish_reason: finish })
    ),
    usage: usage(promptTokens(params.messages), completionTokens * params.n),
    service_tier: "default",
    system_fingerprint: SYSTEM_FINGERPRINT
  }
  return completion
}

const store = (state: ChatState, params: Params, completion: Json): void => {
  const metadata = typeof params.body.metadata === "object" && params.body.metadata !== null ? params.body.metadata : {}
  state.stored.set(completion.id as string, {
    completion: { ...completion, metadata },
    messages: params.messages.map((m, i) => ({
      id: `${completion.id as string}-${i}`,
      role: m.role,
      content: textOf(m.content),
      name: typeof m.name === "string" ? m.name : null,
      content_parts: null
    }))
  })
}

/** Collects SSE events into large writes (one socket write per ~64 KiB) and honours backpressure. */
class EventWriter {
  private buffer = ""
  private readonly res: ServerResponse
  closed = false
  constructor(res: ServerResponse) {
    this.res = res
    res.once("close", () => {
      this.closed = true
    })
  }
  async push(event: string): Promise<void> {
    this.buffer += event
    if (this.buffer.length >= 65_536) await this.flush()
  }
  async flush(): Promise<void> {
    if (this.buffer.length === 0 || this.closed) return
    const ok = this.res.write(this.buffer)
    this.buffer = ""
    if (!ok && !(await drain(this.res))) this.closed = true
  }
}

const streamCompletion = async (ctx: Context, state: ChatState, params: Params, p: Plan): Promise<void> => {
  const { body } = params
  const id = newId("chatcmpl-", 29)
  const created = Math.floor(Date.now() / 1000)
  const model = SNAPSHOTS[params.model] ?? params.model
  const streamOptions = (body.stream_options ?? {}) as Json
  const includeUsage = streamOptions.include_usage === true
  const includeObfuscation = streamOptions.include_obfuscation !== false
  const header = `data: {"id":"${id}","object":"chat.completion.chunk","created":${created},"model":${
    JSON.stringify(model)
  },"service_tier":"default","system_fingerprint":"${SYSTEM_FINGERPRINT}","choices":[`
  const usageNull = includeUsage ? `,"usage":null` : ""
  let obfuscation = 0
  const tail = (): string =>
    includeObfuscation ? `,"obfuscation":"${OBFUSCATION_POOL[obfuscation++ & 63]}"}\n\n` : "}\n\n"
  const chunk = (index: number, delta: string, finish: string | null): string =>
    `${header}{"index":${index},"delta":${delta},"logprobs":null,"finish_reason":${
      finish === null ? "null" : `"${finish}"`
    }}]${usageNull}${tail()}`

  writeHead(ctx, 200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive"
  })
  const out = new EventWriter(ctx.res)
  const choices = Array.from({ length: params.n }, (_, index) => index)
  let completionTokens = 0
  let finish: string
  let content: string | null = null
  const toolCalls: Array<Json> = []

  if (p._tag === "tool") {
    const callId = toolCallId()
    toolCalls.push({ id: callId, type: "function", function: { name: p.name, arguments: p.arguments } })
    for (const index of choices) {
      const first = {
        role: "assistant",
        content: null,
        tool_calls: [{ index: 0, id: callId, type: "function", function: { name: p.name, arguments: "" } }],
        refusal: null
      }
      await out.push(chunk(index, JSON.stringify(first), null))
    }
    for (let offset = 0; offset < p.arguments.length && !out.closed; offset += 8) {
      const piece = JSON.stringify({
        tool_calls: [{ index: 0, function: { arguments: p.arguments.slice(offset, offset + 8) } }]
      })
      for (const index of choices) await out.push(chunk(index, piece, null))
      completionTokens += 1
    }
    finish = "tool_calls"
  } else {
    for (const index of choices) await out.push(chunk(index, `{"role":"assistant","content":"","refusal":null}`, null))
    const override = Number(ctx.req.headers["x-mock-stream-chunks"])
    const count = Number.isInteger(override) && override > 0 ? override : state.streamChunks
    if (count !== undefined) {
      // Benchmark mode: `count` content chunks cycling over a long text, encoded once per word.
      const encoded = LONG_TEXT_WORDS.map((word, i) => `{"content":${JSON.stringify(i === 0 ? word : ` ${word}`)}}`)
      const total = params.maxTokens !== undefined ? Math.min(count, params.maxTokens) : count
      for (let i = 0; i < total && !out.closed; i++) {
        const delta = encoded[i % encoded.length]
        for (const index of choices) await out.push(chunk(index, delta, null))
      }
      completionTokens = total
      finish = total < count ? "length" : "stop"
    } else {
      const limited = limitDeltas(toDeltas(p.text), params.maxTokens)
      for (const delta of limited.deltas) {
        if (out.closed) break
        const encoded = `{"content":${JSON.stringify(delta)}}`
        for (const index of choices) await out.push(chunk(index, encoded, null))
      }
      content = limited.deltas.join("")
      completionTokens = limited.deltas.length
      finish = limited.finish
    }
  }
  for (const index of choices) await out.push(chunk(index, "{}", finish))
  if (includeUsage) {
    await out.push(
      `${header}],"usage":${JSON.stringify(usage(promptTokens(params.messages), completionTokens * params.n))}${tail()}`
    )
  }
  await out.push("data: [DONE]\n\n")
  await out.flush()
  if (!out.closed) ctx.res.end()

  if (body.store === true && !out.closed) {
    const message = toolCalls.length > 0
      ? { role: "assistant", content: null, tool_calls: toolCalls, refusal: null, annotations: [] }
      : { role: "assistant", content, refusal: null, annotations: [] }
    store(state, params, {
      id,
      object: "chat.completion",
      created,
      model,
      choices: choices.map((index) => ({ index, message, logprobs: null, finish_reason: finish })),
      usage: usage(promptTokens(params.messages), completionTokens * params.n),
      service_tier: "default",
      system_fingerprint: SYSTEM_FINGERPRINT
    })
  }
}

const completionOf = (params: Params, p: Plan, id: string): Json =>
  buildCompletion(params, p, id, Math.floor(Date.now() / 1000), SNAPSHOTS[params.model] ?? params.model)

/** The non-streamed completion for a request body (a batch line's); throws the API's 400 for a bad one. */
export const complete = (body: Json, id: string): Json => {
  const params = validate(body)
  return completionOf(params, plan(params), id)
}

/** `POST /chat/completions`. */
export const create = async (ctx: Context, state: ChatState): Promise<void> => {
  const params = validate(await readJson(ctx))
  const p = plan(params)
  if (params.body.stream === true) return streamCompletion(ctx, state, params, p)
  const completion = completionOf(params, p, newId("chatcmpl-", 29))
  if (params.body.store === true) store(state, params, completion)
  sendJson(ctx, 200, completion)
}

const findStored = (state: ChatState, id: string): StoredCompletion => {
  const stored = state.stored.get(id)
  if (stored === undefined) throw notFound(`No chat completion found with id '${id}'.`, "completion_id")
  return stored
}

/** `GET /chat/completions`: stored completions, cursor pages, filtered by `model` and `metadata[key]`. */
export const list = (ctx: Context, state: ChatState): void => {
  const { query } = ctx
  const model = query.get("model")
  const metadata: Array<[string, string]> = []
  for (const [key, value] of query) {
    const match = /^metadata\[(.+)\]$/.exec(key)
    if (match !== null) metadata.push([match[1], value])
  }
  const items = Array.from(state.stored.values(), (s) => s.completion as Json & { id: string })
  sendJson(
    ctx,
    200,
    cursorPage(arraySequence(items), {
      after: query.get("after"),
      limit: intParam(query, "limit", 20, 1, 100),
      reversed: orderParam(query, "asc") === "desc",
      filter: (item) =>
        (model === null || item.model === model || (SNAPSHOTS[model] !== undefined && item.model === SNAPSHOTS[model]))
        && metadata.every(([key, value]) => (item.metadata as Record<string, unknown>)[key] === value)
    })
  )
}

/** `GET /chat/completions/{id}`. */
export const retrieve = (ctx: Context, state: ChatState, id: string): void => {
  sendJson(ctx, 200, findStored(state, id).completion)
}

/** `POST /chat/completions/{id}`: replaces the metadata. */
export const update = async (ctx: Context, state: ChatState, id: string): Promise<void> => {
  const body = await readJson(ctx)
  const stored = findStored(state, id)
  if (body.metadata === undefined) throw missingParameter("metadata")
  if (typeof body.metadata !== "object" || Array.isArray(body.metadata)) {
    throw invalidRequest("Invalid type for 'metadata': expected an object.", "metadata", "invalid_type")
  }
  const completion = { ...stored.completion, metadata: body.metadata ?? {} }
  state.stored.set(id, { completion, messages: stored.messages })
  sendJson(ctx, 200, completion)
}

/** `DELETE /chat/completions/{id}`. */
export const remove = (ctx: Context, state: ChatState, id: string): void => {
  findStored(state, id)
  state.stored.delete(id)
  sendJson(ctx, 200, { object: "chat.completion.deleted", id, deleted: true })
}

/** `GET /chat/completions/{id}/messages`: the stored prompt messages, cursor pages. */
export const messages = (ctx: Context, state: ChatState, id: string): void => {
  const stored = findStored(state, id)
  sendJson(
    ctx,
    200,
    cursorPage(arraySequence(stored.messages as ReadonlyArray<Json & { id: string }>), {
      after: ctx.query.get("after"),
      limit: intParam(ctx.query, "limit", 20, 1, 100),
      reversed: orderParam(ctx.query, "asc") === "desc"
    })
  )
}

/** A few stored completions that exist from the start, like an account's history. */
export const seed = (state: ChatState): void => {
  const now = Math.floor(Date.now() / 1000)
  const prompts = ["Write a haiku about AI.", "What is the capital of France?", "Tell me a joke."]
  prompts.forEach((prompt, i) => {
    const params = validate({
      model: i === 1 ? "gpt-4o-mini" : "gpt-4o",
      messages: [{ role: "user", content: prompt }],
      metadata: { topic: i === 0 ? "poetry" : "demo" },
      store: true
    })
    const id = `chatcmpl-${alphanumeric(hash(`seed-${i}`), 29)}`
    store(
      state,
      params,
      buildCompletion(
        params,
        plan(params),
        id,
        now - (prompts.length - i) * 86_400,
        SNAPSHOTS[params.model] ?? params.model
      )
    )
  })
}
