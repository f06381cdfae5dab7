/**
 * A local fake of the OpenAI API on `node:http`, with realistic canned answers: chat completions
 * (JSON and SSE), responses (JSON and SSE, text, function calls, JSON schema output), embeddings
 * (float and base64), models, files (streamed multipart uploads, cursor pages over a generated
 * catalogue of any size, content), stored chat completions, assistants runs (polled, or streamed as
 * assistant events with `requires_action`), vector stores (files and batches, polled), batches
 * (run through the same chat and embeddings answers, with output and error files), speech (binary
 * audio) and moderations. Faults on request (`x-mock-fault`: 429 with retry headers, 5xx, a slow
 * body, a stall) serve the examples of errors, retries and timeouts; see `mock-server/faults.ts`.
 *
 * Used three ways:
 * - embedded, by the examples and tests: `const mock = await start(); ...; await mock.close()`;
 * - as a process, by the benchmarks: `node scripts/mock-server.ts --port 0 [--stream-chunks N]
 *   [--list-size N] [--no-record] [--exit-on-stdin-close]` prints its URL on the first stdout line and
 *   serves until killed (or, with `--exit-on-stdin-close`, until its parent goes away);
 * - by hand, pointing any OpenAI client's base URL at it.
 *
 * Every response carries `x-request-id: req_...` and the `x-ratelimit-*` headers. Errors use the
 * API's shape, `{"error":{"message","type","param","code"}}`. Requests need an API key (any
 * `Authorization: Bearer ...` or `api-key` header); a key starting with `sk-invalid` gets the API's
 * 401 `invalid_api_key`. Paths may carry the `/v1` prefix or not.
 *
 * Realtime: `GET /v1/realtime` upgrades to a WebSocket session (see `mock-server/realtime.ts`).
 *
 * Stream size: `streamChunks` (or a request header `x-mock-stream-chunks: N`) makes every streamed
 * text reply exactly N content chunks long. Chat completions are stored (retrievable, listed) only
 * with `store: true`, as in the API; three stored completions exist from the start.
 */
import { realpathSync } from "node:fs"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { pathToFileURL } from "node:url"
import * as Assistants from "./mock-server/assistants.ts"
import * as Audio from "./mock-server/audio.ts"
import * as Batches from "./mock-server/batches.ts"
import * as Chat from "./mock-server/chat.ts"
import * as Embeddings from "./mock-server/embeddings.ts"
import * as Faults from "./mock-server/faults.ts"
import * as Files from "./mock-server/files.ts"
import type { Context, RateLimitState } from "./mock-server/http.ts"
import { consumeRateLimit, HttpError, sendError, writeHead } from "./mock-server/http.ts"
import * as Models from "./mock-server/models.ts"
import * as Moderations from "./mock-server/moderations.ts"
import * as Realtime from "./mock-server/realtime.ts"
import * as Responses from "./mock-server/responses.ts"
import * as VectorStores from "./mock-server/vector-stores.ts"

export interface RecordedRequest {
  readonly method: string
  /** The path without query string, as sent (with `/v1` when the client sent it). */
  readonly path: string
  /** The request target as sent, with its query string. */
  readonly url: string
  readonly headers: Record<string, string | string[] | undefined>
}

export interface MockServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  readonly url: string
  readonly close: () => Promise<void>
  /** Every request received, in order. */
  readonly requests: ReadonlyArray<RecordedRequest>
}

export interface MockServerOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number
  /** Every streamed text reply has exactly this many content chunks (benchmarks). */
  readonly streamChunks?: number
  /** The number of generated files `GET /files` pages through (default 25), besides uploads. */
  readonly listSize?: number
  /** Keep `requests` (default true); long benchmark runs turn it off. */
  readonly recordRequests?: boolean
}

interface State {
  readonly rateLimit: RateLimitState
  readonly chat: Chat.ChatState
  readonly files: Files.FilesState
  readonly models: Models.ModelsState
  readonly assistants: Assistants.AssistantsState
  readonly vectorStores: VectorStores.VectorStoresState
  readonly batches: Batches.BatchesState
  readonly realtime: Realtime.RealtimeState
  readonly faults: Faults.FaultState
}

type Handler = (ctx: Context, state: State, id: string, id2: string) => void | Promise<void>

const ROUTES: ReadonlyArray<readonly [method: string, pattern: RegExp, handler: Handler]> = [
  ["POST", /^\/chat\/completions$/, (ctx, s) => Chat.create(ctx, s.chat)],
  ["GET", /^\/chat\/completions$/, (ctx, s) => Chat.list(ctx, s.chat)],
  ["GET", /^\/chat\/completions\/([^/]+)$/, (ctx, s, id) => Chat.retrieve(ctx, s.chat, id)],
  ["POST", /^\/chat\/completions\/([^/]+)$/, (ctx, s, id) => Chat.update(ctx, s.chat, id)],
  ["DELETE", /^\/chat\/completions\/([^/]+)$/, (ctx, s, id) => Chat.remove(ctx, s.chat, id)],
  ["GET", /^\/chat\/completions\/([^/]+)\/messages$/, (ctx, s, id) => Chat.messages(ctx, s.chat, id)],
  ["POST", /^\/embeddings$/, (ctx) => Embeddings.create(ctx)],
  ["POST", /^\/responses$/, (ctx) => Responses.create(ctx)],
  ["POST", /^\/audio\/speech$/, (ctx) => Audio.speech(ctx)],
  ["POST", /^\/moderations$/, (ctx) => Moderations.create(ctx)],
  ["GET", /^\/models$/, (ctx, s) => Models.list(ctx, s.models)],
  ["GET", /^\/models\/(.+)$/, (ctx, s, id) => Models.retrieve(ctx, s.models, id)],
  ["DELETE", /^\/models\/(.+)$/, (ctx, s, id) => Models.remove(ctx, s.models, id)],
  ["POST", /^\/files$/, (ctx, s) => Files.create(ctx, s.files)],
  ["GET", /^\/files$/, (ctx, s) => Files.list(ctx, s.files)],
  ["GET", /^\/files\/([^/]+)$/, (ctx, s, id) => Files.retrieve(ctx, s.files, id)],
  ["DELETE", /^\/files\/([^/]+)$/, (ctx, s, id) => Files.remove(ctx, s.files, id)],
  ["GET", /^\/files\/([^/]+)\/content$/, (ctx, s, id) => Files.content(ctx, s.files, id)],
  ["POST", /^\/assistants$/, (ctx, s) => Assistants.createAssistant(ctx, s.assistants)],
  ["POST", /^\/threads$/, (ctx) => Assistants.createThread(ctx)],
  ["POST", /^\/threads\/([^/]+)\/runs$/, (ctx, s, id) => Assistants.createRun(ctx, s.assistants, id)],
  ["GET", /^\/threads\/([^/]+)\/runs$/, (ctx, s, id) => Assistants.listRuns(ctx, s.assistants, id)],
  ["GET", /^\/threads\/([^/]+)\/runs\/([^/]+)$/, (ctx, s, t, r) => Assistants.retrieveRun(ctx, s.assistants, t, r)],
  [
    "POST",
    /^\/threads\/([^/]+)\/runs\/([^/]+)\/cancel$/,
    (ctx, s, t, r) => Assistants.cancelRun(ctx, s.assistants, t, r)
  ],
  [
    "POST",
    /^\/threads\/([^/]+)\/runs\/([^/]+)\/submit_tool_outputs$/,
    (ctx, s, t, r) => Assistants.submitToolOutputs(ctx, s.assistants, t, r)
  ],
  ["POST", /^\/vector_stores$/, (ctx, s) => VectorStores.create(ctx, s.vectorStores)],
  [
    "POST",
    /^\/vector_stores\/([^/]+)\/files$/,
    (ctx, s, v) => VectorStores.attachFile(ctx, s.vectorStores, s.files, v)
  ],
  [
    "GET",
    /^\/vector_stores\/([^/]+)\/files\/([^/]+)$/,
    (ctx, s, v, f) => VectorStores.retrieveFile(ctx, s.vectorStores, v, f)
  ],
  [
    "POST",
    /^\/vector_stores\/([^/]+)\/file_batches$/,
    (ctx, s, v) => VectorStores.createBatch(ctx, s.vectorStores, s.files, v)
  ],
  [
    "GET",
    /^\/vector_stores\/([^/]+)\/file_batches\/([^/]+)$/,
    (ctx, s, v, b) => VectorStores.retrieveBatch(ctx, s.vectorStores, v, b)
  ],
  [
    "POST",
    /^\/vector_stores\/([^/]+)\/file_batches\/([^/]+)\/cancel$/,
    (ctx, s, v, b) => VectorStores.cancelBatch(ctx, s.vectorStores, v, b)
  ],
  ["POST", /^\/batches$/, (ctx, s) => Batches.create(ctx, s.batches, s.files)],
  ["GET", /^\/batches$/, (ctx, s) => Batches.list(ctx, s.batches)],
  ["GET", /^\/batches\/([^/]+)$/, (ctx, s, id) => Batches.retrieve(ctx, s.batches, s.files, id)],
  ["POST", /^\/batches\/([^/]+)\/cancel$/, (ctx, s, id) => Batches.cancel(ctx, s.batches, id)]
]

const authError = (req: http.IncomingMessage): HttpError | undefined => {
  const authorization = req.headers.authorization
  const apiKeyHeader = req.headers["api-key"]
  const key = typeof authorization === "string" && /^Bearer\s+\S/i.test(authorization)
    ? authorization.replace(/^Bearer\s+/i, "").trim()
    : typeof apiKeyHeader === "string" && apiKeyHeader !== ""
    ? apiKeyHeader
    : undefined
  if (key === undefined) {
    return new HttpError(401, {
      message:
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're accessing the API from your browser and are prompted for a username and password. You can obtain an API key from https://platform.openai.com/account/api-keys.",
      type: "invalid_request_error",
      param: null,
      code: null
    })
  }
  if (key.startsWith("sk-invalid")) {
    return new HttpError(401, {
      message: `Incorrect API key provided: ${key.slice(0, 3)}${"*".repeat(Math.max(0, key.length - 7))}${
        key.slice(-4)
      }. You can find your API key at https://platform.openai.com/account/api-keys.`,
      type: "invalid_request_error",
      param: null,
      code: "invalid_api_key"
    })
  }
  return undefined
}

const handle = async (
  state: State,
  requests: Array<RecordedRequest> | undefined,
  req: http.IncomingMessage,
  res: http.ServerResponse
): Promise<void> => {
  const startedAt = performance.now()
  const target = req.url ?? "/"
  const q = target.indexOf("?")
  const rawPath = q === -1 ? target : target.slice(0, q)
  const method = req.method ?? "GET"
  requests?.push({ method, path: rawPath, url: target, headers: req.headers })
  const normalized = rawPath.replace(/^\/v1(?=\/|$)/, "").replace(/\/+$/, "") || "/"
  const contentLength = Number(req.headers["content-length"] ?? 0)
  consumeRateLimit(
    state.rateLimit,
    Date.now(),
    16 + Math.ceil((Number.isFinite(contentLength) ? contentLength : 0) / 4)
  )
  const ctx: Context = {
    req,
    res,
    method,
    path: normalized,
    rawPath,
    query: new URLSearchParams(q === -1 ? "" : target.slice(q + 1)),
    startedAt,
    rateLimit: state.rateLimit
  }
  try {
    if (method === "OPTIONS") {
      writeHead(ctx, 204, {
        "access-control-allow-methods": "GET, POST, DELETE, OPTIONS",
        "access-control-allow-headers": "*",
        "access-control-max-age": 86_400
      })
      res.end()
      return
    }
    const unauthorized = authError(req)
    if (unauthorized !== undefined) throw unauthorized
    const fault = Faults.inject(ctx, state.faults)
    if (fault === "handled") return
    for (const [routeMethod, pattern, handler] of ROUTES) {
      if (routeMethod !== method) continue
      const match = pattern.exec(normalized)
      if (match === null) continue
      const decode = (raw: string | undefined): string => {
        if (raw === undefined) return ""
        try {
          return decodeURIComponent(raw)
        } catch {
          return raw
        }
      }
      const run = () => handler(ctx, state, decode(match[1]), decode(match[2]))
      await (fault === "slow" ? Faults.slowly(ctx, run) : run())
      return
    }
    throw new HttpError(404, {
      message: `Invalid URL (${method} ${rawPath})`,
      type: "invalid_request_error",
      param: null,
      code: null
    })
  } catch (error) {
    if (res.headersSent) {
      res.destroy()
      return
    }
    if (error instanceof HttpError) {
      sendError(ctx, error)
    } else if (req.destroyed || res.destroyed) {
      // The client went away (for example mid-upload): nobody to answer.
    } else {
      sendError(
        ctx,
        new HttpError(500, {
          message: "The server had an error while processing your request. Sorry about that!",
          type: "server_error",
          param: null,
          code: null
        })
      )
      console.error("mock-server: unexpected error", error)
    }
  }
}

/** Starts a mock server on 127.0.0.1. */
export const start = async (options: MockServerOptions = {}): Promise<MockServer> => {
  const state: State = {
    rateLimit: { windowStart: Date.now(), requests: 0, tokens: 0 },
    chat: { stored: new Map(), streamChunks: options.streamChunks },
    files: {
      listSize: options.listSize ?? 25,
      baseTime: Math.floor(Date.now() / 1000),
      uploaded: [],
      deletedGenerated: new Set()
    },
    models: { deleted: new Set() },
    assistants: Assistants.emptyState(),
    vectorStores: VectorStores.emptyState(),
    batches: { batches: [] },
    realtime: { sockets: new Set(), streamChunks: options.streamChunks },
    faults: new Map()
  }
  Chat.seed(state.chat)
  const requests: Array<RecordedRequest> = []
  const server = http.createServer((req, res) => {
    void handle(state, options.recordRequests === false ? undefined : requests, req, res)
  })
  // Idle keep-alive sockets outlive the client's (undici keeps one 1 s less than the server says):
  // with Node's 5 s, a loaded machine lets the server close a socket the client is already reusing.
  server.keepAliveTimeout = 65_000
  server.on("upgrade", (req, socket, head) => Realtime.upgrade(req, socket, head, state.realtime, authError))
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject)
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      server.off("error", reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  let closing: Promise<void> | undefined
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)))
        server.closeAllConnections()
        for (const socket of state.realtime.sockets) socket.destroy()
      })
      return closing
    }
  }
}

const parseArgs = (argv: ReadonlyArray<string>): MockServerOptions & { exitOnStdinClose: boolean } => {
  const value = (name: string): number | undefined => {
    const i = argv.indexOf(name)
    if (i === -1) return undefined
    const n = Number(argv[i + 1])
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} expects a non-negative integer, got ${argv[i + 1]}`)
    return n
  }
  const port = value("--port")
  const streamChunks = value("--stream-chunks")
  const listSize = value("--list-size")
  return {
    ...(port !== undefined ? { port } : {}),
    ...(streamChunks !== undefined ? { streamChunks } : {}),
    ...(listSize !== undefined ? { listSize } : {}),
    ...(argv.includes("--no-record") ? { recordRequests: false } : {}),
    exitOnStdinClose: argv.includes("--exit-on-stdin-close")
  }
}

const isMain = (): boolean => {
  const entry = process.argv[1]
  if (entry === undefined) return false
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href
  } catch {
    return false
  }
}

if (isMain()) {
  const { exitOnStdinClose, ...options } = parseArgs(process.argv.slice(2))
  const server = await start(options)
  process.stdout.write(`${server.url}\n`)
  const stop = () => {
    void server.close().finally(() => process.exit(0))
  }
  process.once("SIGTERM", stop)
  process.once("SIGINT", stop)
  if (exitOnStdinClose) {
    process.stdin.on("end", stop)
    process.stdin.on("close", stop)
    process.stdin.resume()
  }
}
