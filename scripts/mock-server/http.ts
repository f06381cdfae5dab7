/**
 * HTTP plumbing of the mock server: the per-request context, the headers every response carries
 * (request id, rate limits), JSON bodies and the API's error shape.
 */
import { randomUUID } from "node:crypto"
import type { IncomingMessage, ServerResponse } from "node:http"

/** Per-server mutable state shared by the route handlers. */
export interface RateLimitState {
  windowStart: number
  requests: number
  tokens: number
}

export interface Context {
  readonly req: IncomingMessage
  readonly res: ServerResponse
  readonly method: string
  /** The path without the optional `/v1` prefix, without query string. */
  readonly path: string
  /** The path as the client sent it, without query string (for error messages). */
  readonly rawPath: string
  readonly query: URLSearchParams
  readonly startedAt: number
  readonly rateLimit: RateLimitState
}

export class HttpError extends Error {
  readonly status: number
  readonly body: ApiErrorBody
  constructor(status: number, body: ApiErrorBody) {
    super(body.message)
    this.status = status
    this.body = body
  }
}

export interface ApiErrorBody {
  readonly message: string
  readonly type: string
  readonly param: string | null
  readonly code: string | null
}

export const invalidRequest = (message: string, param: string | null = null, code: string | null = null): HttpError =>
  new HttpError(400, { message, type: "invalid_request_error", param, code })

export const missingParameter = (param: string): HttpError =>
  invalidRequest(`Missing required parameter: '${param}'.`, param, "missing_required_parameter")

export const notFound = (message: string, param: string | null = null, code: string | null = null): HttpError =>
  new HttpError(404, { message, type: "invalid_request_error", param, code })

const REQUEST_LIMIT = 10_000
const TOKEN_LIMIT = 30_000_000
const WINDOW_MS = 60_000

/** Formats a duration the way the API does in `x-ratelimit-reset-*` (`6ms`, `1.5s`, `1m30s`). */
export const formatResetDuration = (ms: number): string => {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`
  if (ms < 60_000) return `${Number((ms / 1000).toFixed(3))}s`
  const minutes = Math.floor(ms / 60_000)
  const seconds = Number(((ms % 60_000) / 1000).toFixed(3))
  return `${minutes}m${seconds}s`
}

/** Counts a request (and an estimate of its tokens) in a one-minute window, like the real limits. */
export const consumeRateLimit = (state: RateLimitState, now: number, tokens: number): void => {
  if (now - state.windowStart >= WINDOW_MS) {
    state.windowStart = now
    state.requests = 0
    state.tokens = 0
  }
  state.requests += 1
  state.tokens += tokens
}

const rateLimitHeaders = (state: RateLimitState): Record<string, string> => {
  const remainingRequests = Math.max(0, REQUEST_LIMIT - state.requests)
  const remainingTokens = Math.max(0, TOKEN_LIMIT - state.tokens)
  return {
    "x-ratelimit-limit-requests": String(REQUEST_LIMIT),
    "x-ratelimit-remaining-requests": String(remainingRequests),
    "x-ratelimit-reset-requests": formatResetDuration((state.requests * WINDOW_MS) / REQUEST_LIMIT),
    "x-ratelimit-limit-tokens": String(TOKEN_LIMIT),
    "x-ratelimit-remaining-tokens": String(remainingTokens),
    "x-ratelimit-reset-tokens": formatResetDuration((state.tokens * WINDOW_MS) / TOKEN_LIMIT)
  }
}

export const newRequestId = (): string => `req_${randomUUID().replaceAll("-", "")}`

/** Writes the status line and the headers every API response carries. */
export const writeHead = (ctx: Context, status: number, headers: Record<string, string | number>): void => {
  ctx.res.writeHead(status, {
    ...headers,
    "x-request-id": newRequestId(),
    "openai-version": "2020-10-01",
    "openai-organization": "user-mockorg",
    "openai-processing-ms": String(Math.max(1, Math.round(performance.now() - ctx.startedAt))),
    "access-control-allow-origin": "*",
    "access-control-expose-headers": "*",
    ...rateLimitHeaders(ctx.rateLimit)
  })
}

export const sendJson = (
  ctx: Context,
  status: number,
  body: unknown,
  headers: Record<string, string | number> = {}
): void => {
  const text = JSON.stringify(body)
  writeHead(ctx, status, {
    ...headers,
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text)
  })
  ctx.res.end(text)
}

/** What the mock asks pollers to wait (`openai-poll-after-ms`): short, so examples finish quickly. */
export const pollAfter = { "openai-poll-after-ms": 20 } as const

export const sendError = (ctx: Context, error: HttpError, headers: Record<string, string> = {}): void => {
  sendJson(ctx, error.status, { error: error.body }, headers)
}

const MAX_JSON_BODY = 32 * 1024 * 1024

/** Reads and parses a JSON request body (at most 32 MiB). */
export const readJson = async (ctx: Context): Promise<Record<string, unknown>> => {
  const chunks: Array<Buffer> = []
  let size = 0
  for await (const chunk of ctx.req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_JSON_BODY) {
      throw new HttpError(413, {
        message: `Request body too large: at most ${MAX_JSON_BODY} bytes are accepted.`,
        type: "invalid_request_error",
        param: null,
        code: "request_too_large"
      })
    }
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString("utf8")
  let value: unknown
  try {
    value = text.length === 0 ? undefined : JSON.parse(text)
  } catch {
    throw invalidRequest(
      "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)"
    )
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw invalidRequest("The request body must be a JSON object.")
  }
  return value as Record<string, unknown>
}

/** Waits until `res` can take more data, or resolves `false` when the client went away. */
export const drain = (res: ServerResponse): Promise<boolean> =>
  new Promise((resolve) => {
    const onDrain = () => {
      res.off("close", onClose)
      resolve(true)
    }
    const onClose = () => {
      res.off("drain", onDrain)
      resolve(false)
    }
    res.once("drain", onDrain)
    res.once("close", onClose)
  })

/** Parses an integer query parameter within bounds, or fails with the API's 400. */
export const intParam = (
  query: URLSearchParams,
  name: string,
  defaultValue: number,
  min: number,
  max: number
): number => {
  const raw = query.get(name)
  if (raw === null) return defaultValue
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw invalidRequest(
      `Invalid '${name}': expected an integer between ${min} and ${max}, but got '${raw}' instead.`,
      name,
      "invalid_value"
    )
  }
  return value
}

export const orderParam = (query: URLSearchParams, defaultValue: "asc" | "desc"): "asc" | "desc" => {
  const raw = query.get("order")
  if (raw === null) return defaultValue
  if (raw !== "asc" && raw !== "desc") {
    throw invalidRequest(
      `Invalid 'order': expected one of 'asc' or 'desc', but got '${raw}' instead.`,
      "order",
      "invalid_value"
    )
  }
  return raw
}
