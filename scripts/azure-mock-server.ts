/**
 * A local fake of an Azure OpenAI resource on `node:http` (127.0.0.1), strict about what Azure is
 * strict about, for the Azure tests and `examples/azure.ts`:
 *
 * - routes: `/openai/v1/...` without `api-version`; `/openai/deployments/{name}/...` (a known
 *   deployment, `api-version` required) for exactly the POSTs Azure serves per deployment; every
 *   other request on `/openai/...` with `api-version`. Anything else is Azure's 404;
 * - auth: the `api-key` header, or `Authorization: Bearer` with a token `acceptToken` approves; an
 *   `api-key` sent as a bearer token is refused, as Azure does;
 * - chat completions (JSON and SSE) annotated with `prompt_filter_results` and
 *   `content_filter_results`, a first stream chunk without choices and a last one without `delta`;
 *   a prompt containing "weapon" is refused with Azure's content-filter 400;
 * - the Assistants flow: assistants, threads, messages, runs that ask for the user's favourite city
 *   (`getUserFavoriteCity`), then its nickname and weather in parallel (`getCityNickname`,
 *   `getWeatherAtLocation`), and answer with what the tool outputs said.
 */
import * as http from "node:http"
import type { AddressInfo } from "node:net"

export interface AzureMockOptions {
  readonly apiKey?: string | undefined
  /** Which bearer tokens are valid (default: none). */
  readonly acceptToken?: ((token: string) => boolean) | undefined
  readonly deployments?: ReadonlyArray<string> | undefined
}

export interface AzureRequest {
  readonly method: string
  /** The request target as sent, with its query. */
  readonly url: string
  readonly headers: http.IncomingHttpHeaders
}

export interface AzureMock {
  /** `http://127.0.0.1:PORT`: the resource's endpoint. */
  readonly endpoint: string
  readonly requests: ReadonlyArray<AzureRequest>
  readonly close: () => Promise<void>
}

/** The paths whose POSTs Azure serves per deployment (and nowhere else). */
const servedPerDeployment =
  /^\/(?:chat\/completions|completions|embeddings|images\/(?:generations|edits)|audio\/(?:transcriptions|translations|speech))$/

class Reply extends Error {
  readonly status: number
  readonly body: unknown
  constructor(status: number, body: unknown) {
    super(`status ${status}`)
    this.status = status
    this.body = body
  }
}

const azureError = (status: number, code: string, message: string) => new Reply(status, { error: { code, message } })

const safe = { filtered: false, severity: "safe" }
const filterResults = { hate: safe, self_harm: safe, sexual: safe, violence: safe }
const promptFilterResults = [{ prompt_index: 0, content_filter_results: filterResults }]

/** Azure's 400 for a prompt its content filter refuses, with the categories `results` gives. */
export const contentFilterRefusal = (results: Record<string, unknown>) => ({
  error: {
    message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
    type: null,
    param: "prompt",
    code: "content_filter",
    status: 400,
    innererror: { code: "ResponsibleAIPolicyViolation", content_filter_result: results }
  }
})

interface Run {
  readonly id: string
  readonly thread_id: string
  readonly assistant_id: string
  status: string
  step: number
  reads: number
  required: ReadonlyArray<{ readonly id: string; readonly name: string; readonly arguments: string }>
  outputs: Record<string, string>
}

interface State {
  nextId: number
  readonly assistants: Map<string, { readonly id: string; readonly tools: ReadonlyArray<unknown> }>
  readonly messages: Map<string, Array<Record<string, unknown>>>
  readonly runs: Map<string, Run>
}

const id = (state: State, prefix: string) => `${prefix}_${String(++state.nextId).padStart(6, "0")}`

const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown>> => {
  const chunks: Array<Buffer> = []
  for await (const chunk of req as AsyncIterable<Buffer>) chunks.push(chunk)
  const text = Buffer.concat(chunks).toString("utf8")
  if (!(req.headers["content-type"] ?? "").startsWith("application/json")) return { raw: text }
  return text === "" ? {} : JSON.parse(text) as Record<string, unknown>
}

const lastUserText = (body: Record<string, unknown>): string => {
  const messages = (body.messages ?? []) as ReadonlyArray<{ readonly role: string; readonly content: unknown }>
  const last = [...messages].reverse().find((m) => m.role === "user")
  return typeof last?.content === "string" ? last.content : ""
}

const chat = (res: http.ServerResponse, model: string, body: Record<string, unknown>) => {
  const prompt = lastUserText(body)
  if (/weapon/i.test(prompt)) {
    throw new Reply(400, contentFilterRefusal({ ...filterResults, violence: { filtered: true, severity: "high" } }))
  }
  const words = ["Effect", "is", "a", "TypeScript", "library."]
  const base = { id: "chatcmpl-azure1", created: 1_700_000_000, model, system_fingerprint: "fp_azure" }
  if (body.stream !== true) {
    return send(res, 200, {
      ...base,
      object: "chat.completion",
      prompt_filter_results: promptFilterResults,
      choices: [{
        index: 0,
        finish_reason: "stop",
        logprobs: null,
        message: { role: "assistant", content: words.join(" "), refusal: null },
        content_filter_results: filterResults
      }],
      usage: { prompt_tokens: 9, completion_tokens: 5, total_tokens: 14 }
    })
  }
  res.writeHead(200, { "content-type": "text/event-stream", "apim-request-id": "req_azure_stream" })
  const event = (data: unknown) => res.write(`data: ${JSON.stringify(data)}\n\n`)
  // Azure's first chunk only carries the prompt's filter results; its last only the completion's.
  event({ id: "", object: "", created: 0, model: "", choices: [], prompt_filter_results: promptFilterResults })
  words.forEach((word, i) =>
    event({
      ...base,
      object: "chat.completion.chunk",
      choices: [{
        index: 0,
        finish_reason: null,
        delta: i === 0 ? { role: "assistant", content: word } : { content: ` ${word}` },
        content_filter_results: filterResults
      }]
    })
  )
  event({ ...base, object: "chat.completion.chunk", choices: [{ index: 0, finish_reason: "stop", delta: {} }] })
  event({
    ...base,
    object: "chat.completion.chunk",
    choices: [{ index: 0, finish_reason: null, content_filter_results: filterResults }]
  })
  res.end("data: [DONE]\n\n")
}

const send = (res: http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "apim-request-id": "req_azure",
    "x-request-id": "req_azure"
  })
  res.end(text)
}

const toolCall = (state: State, name: string, args: Record<string, unknown>) => ({
  id: id(state, "call"),
  name,
  arguments: JSON.stringify(args)
})

const runView = (run: Run) => ({
  id: run.id,
  object: "thread.run",
  thread_id: run.thread_id,
  assistant_id: run.assistant_id,
  status: run.status,
  required_action: run.status === "requires_action"
    ? {
      type: "submit_tool_outputs",
      submit_tool_outputs: {
        tool_calls: run.required.map((c) => ({
          id: c.id,
          type: "function",
          function: { name: c.name, arguments: c.arguments }
        }))
      }
    }
    : null
})

/** A run advances one state per read: queued, in_progress, then the step it is at. */
const advance = (state: State, run: Run) => {
  run.reads++
  if (run.status === "queued") {
    run.status = "in_progress"
    return
  }
  if (run.status !== "in_progress") return
  if (run.step === 0) {
    run.required = [toolCall(state, "getUserFavoriteCity", {})]
    run.status = "requires_action"
  } else if (run.step === 1) {
    const city = run.outputs.getUserFavoriteCity ?? "unknown"
    run.required = [
      toolCall(state, "getCityNickname", { city }),
      toolCall(state, "getWeatherAtLocation", { location: city, temperatureUnit: "f" })
    ]
    run.status = "requires_action"
  } else {
    const text =
      `The weather in ${run.outputs.getCityNickname} (${run.outputs.getUserFavoriteCity}) is ${run.outputs.getWeatherAtLocation} right now.`
    state.messages.get(run.thread_id)!.push(message(state, run.thread_id, "assistant", text))
    run.status = "completed"
  }
}

const message = (state: State, threadId: string, role: string, text: string) => ({
  id: id(state, "msg"),
  object: "thread.message",
  created_at: 1_700_000_000 + state.nextId,
  thread_id: threadId,
  role,
  content: [{ type: "text", text: { value: text, annotations: [] } }]
})

const resource = async (
  state: State,
  method: string,
  path: string,
  req: http.IncomingMessage,
  res: http.ServerResponse
) => {
  const parts = path.split("/").filter((p) => p !== "")
  const thread = (threadId: string) => {
    const messages = state.messages.get(threadId)
    if (messages === undefined) throw azureError(404, "404", `No thread found with id '${threadId}'.`)
    return messages
  }
  if (method === "POST" && path === "/assistants") {
    const body = await readJson(req)
    const assistant = { id: id(state, "asst"), tools: (body.tools ?? []) as ReadonlyArray<unknown> }
    state.assistants.set(assistant.id, assistant)
    return send(res, 200, { ...body, ...assistant, object: "assistant" })
  }
  if (method === "DELETE" && parts[0] === "assistants" && parts.length === 2) {
    const deleted = state.assistants.delete(parts[1]!)
    if (!deleted) throw azureError(404, "404", `No assistant found with id '${parts[1]}'.`)
    return send(res, 200, { id: parts[1], object: "assistant.deleted", deleted })
  }
  if (method === "POST" && path === "/threads") {
    const threadId = id(state, "thread")
    state.messages.set(threadId, [])
    return send(res, 200, { id: threadId, object: "thread" })
  }
  if (parts[0] === "threads" && parts[2] === "messages" && parts.length === 3) {
    const messages = thread(parts[1]!)
    if (method === "POST") {
      const body = await readJson(req)
      const created = message(state, parts[1]!, String(body.role), String(body.content))
      messages.push(created)
      return send(res, 200, created)
    }
    const data = [...messages].reverse()
    return send(res, 200, { object: "list", data, first_id: data[0]?.id, last_id: data.at(-1)?.id, has_more: false })
  }
  if (parts[0] === "threads" && parts[2] === "runs") {
    thread(parts[1]!)
    if (method === "POST" && parts.length === 3) {
      const body = await readJson(req)
      const assistantId = String(body.assistant_id)
      if (!state.assistants.has(assistantId)) {
        throw azureError(404, "404", `No assistant found with id '${assistantId}'.`)
      }
      const run: Run = {
        id: id(state, "run"),
        thread_id: parts[1]!,
        assistant_id: assistantId,
        status: "queued",
        step: 0,
        reads: 0,
        required: [],
        outputs: {}
      }
      state.runs.set(run.id, run)
      return send(res, 200, runView(run))
    }
    const run = state.runs.get(parts[3] ?? "")
    if (run === undefined || run.thread_id !== parts[1]) throw azureError(404, "404", "No run found.")
    if (method === "GET" && parts.length === 4) {
      advance(state, run)
      return send(res, 200, runView(run))
    }
    if (method === "POST" && parts[4] === "submit_tool_outputs") {
      const body = await readJson(req)
      const outputs = (body.tool_outputs ?? []) as ReadonlyArray<
        { readonly tool_call_id: string; readonly output: string }
      >
      if (run.status !== "requires_action") throw azureError(400, "400", "The run does not require tool outputs.")
      for (const call of run.required) {
        const output = outputs.find((o) => o.tool_call_id === call.id)
        if (output === undefined) throw azureError(400, "400", `Missing output for tool call '${call.id}'.`)
        run.outputs[call.name] = output.output
      }
      run.step++
      run.required = []
      run.status = "queued"
      return send(res, 200, runView(run))
    }
  }
  throw azureError(404, "404", "Resource not found")
}

const deployment = (model: string, path: string, body: Record<string, unknown>, res: http.ServerResponse) => {
  if (path === "/chat/completions") return chat(res, model, body)
  if (path === "/embeddings") {
    return send(res, 200, {
      object: "list",
      model,
      data: [{ object: "embedding", index: 0, embedding: [0.1, 0.2, 0.3] }],
      usage: { prompt_tokens: 3, total_tokens: 3 }
    })
  }
  throw azureError(404, "404", "Resource not found")
}

const authorized = (req: http.IncomingMessage, options: AzureMockOptions): boolean => {
  const key = req.headers["api-key"]
  if (key !== undefined) return options.apiKey !== undefined && key === options.apiKey
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1]
  return bearer !== undefined && bearer !== options.apiKey && (options.acceptToken?.(bearer) ?? false)
}

const handle = async (
  state: State,
  options: AzureMockOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse
) => {
  const url = new URL(req.url ?? "/", "http://127.0.0.1")
  const method = req.method ?? "GET"
  const apiVersion = url.searchParams.get("api-version")
  if (!authorized(req, options)) {
    throw azureError(
      401,
      "401",
      "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."
    )
  }
  const v1 = /^\/openai\/v1(\/.*)$/.exec(url.pathname)
  if (v1 !== null) {
    if (apiVersion !== null) throw azureError(400, "BadRequest", "api-version is not allowed on the v1 route")
    const path = v1[1]!
    if (method === "POST" && servedPerDeployment.test(path)) {
      const body = await readJson(req)
      const model = String(body.model)
      if (!(options.deployments ?? []).includes(model)) {
        throw azureError(404, "DeploymentNotFound", `The API deployment for this resource does not exist.`)
      }
      return deployment(model, path, body, res)
    }
    return resource(state, method, path, req, res)
  }
  if (apiVersion === null) throw azureError(404, "404", "Resource not found")
  const perDeployment = /^\/openai\/deployments\/([^/]+)(\/.*)$/.exec(url.pathname)
  if (perDeployment !== null) {
    const name = decodeURIComponent(perDeployment[1]!)
    const path = perDeployment[2]!
    if (method !== "POST" || !servedPerDeployment.test(path)) throw azureError(404, "404", "Resource not found")
    if (!(options.deployments ?? []).includes(name)) {
      throw azureError(404, "DeploymentNotFound", "The API deployment for this resource does not exist.")
    }
    return deployment(name, path, await readJson(req), res)
  }
  const onResource = /^\/openai(\/.*)$/.exec(url.pathname)
  if (onResource === null || (method === "POST" && servedPerDeployment.test(onResource[1]!))) {
    throw azureError(404, "404", "Resource not found")
  }
  return resource(state, method, onResource[1]!, req, res)
}

/** Starts the fake resource on 127.0.0.1 (a free port). */
export const start = async (options: AzureMockOptions = {}): Promise<AzureMock> => {
  const state: State = { nextId: 0, assistants: new Map(), messages: new Map(), runs: new Map() }
  const requests: Array<AzureRequest> = []
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? "GET", url: req.url ?? "/", headers: req.headers })
    handle(state, options, req, res).catch((error: unknown) => {
      if (res.headersSent) return res.destroy()
      if (error instanceof Reply) return send(res, error.status, error.body)
      send(res, 500, { error: { code: "InternalServerError", message: String(error) } })
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)))
        server.closeAllConnections()
      })
  }
}
