/**
 * The request pipeline every operation goes through: build the request once,
 * then per attempt authenticate, send, turn a failed status into its tagged
 * error and read the body, all under the attempt timeout; retry what is worth
 * retrying by the policy in force; bound the whole call by the total deadline.
 */
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpBody from "effect/http/HttpBody"
import type * as HttpClientError from "effect/http/HttpClientError"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Redacted from "effect/Redacted"
import * as References from "effect/References"
import * as Stream from "effect/Stream"
import * as Errors from "../OpenAIError.ts"
import type { RequestOptions } from "../RequestOptions.ts"
import * as ResponseMetadata from "../ResponseMetadata.ts"
import * as RetryPolicy from "../RetryPolicy.ts"
import * as Query from "./query.ts"
import { CurrentRequestOptions, OpenAIClient, type Settings } from "./service.ts"

/** One operation of the API, described as data by a resource module. */
export interface Spec {
  readonly operationId: string
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  readonly path: string
  readonly query?: object | undefined
  /** A JSON value, or a body that encodes itself (`Operation.multipart`). */
  readonly body?: unknown
  readonly auth?: "admin" | undefined
  readonly beta?: string | undefined
}

/** What a body reader gets besides the response. */
export interface Received {
  readonly response: HttpClientResponse.HttpClientResponse
  readonly metadata: ResponseMetadata.ResponseMetadata
  /** `METHOD /path`, for error messages. */
  readonly label: string
  /** The idle timeout in force, for streamed bodies. */
  readonly idleTimeout: Duration.Duration | undefined
}

const userAgent = "openai-effect/0.1.0"

/** `User-Agent` and the other headers every request of a client sends. */
export const baseHeaders = (options: {
  readonly organization?: string | undefined
  readonly project?: string | undefined
  readonly defaultHeaders?: Readonly<Record<string, string | null | undefined>> | undefined
}): Record<string, string> => {
  const headers: Record<string, string> = { "user-agent": userAgent }
  if (options.organization) headers["openai-organization"] = options.organization
  if (options.project) headers["openai-project"] = options.project
  return applyHeaders(headers, options.defaultHeaders)
}

const applyHeaders = (
  headers: Record<string, string>,
  extra: Readonly<Record<string, string | null | undefined>> | undefined
): Record<string, string> => {
  if (extra === undefined) return headers
  for (const [name, value] of Object.entries(extra)) {
    const key = name.toLowerCase()
    if (value === null) delete headers[key]
    else if (value !== undefined) headers[key] = value
  }
  return headers
}

const toDuration = (input: Duration.Input | undefined): Duration.Duration | undefined =>
  input === undefined ? undefined : Duration.fromInputUnsafe(input)

interface Resolved {
  readonly timeout: Duration.Duration
  readonly idleTimeout: Duration.Duration | undefined
  readonly totalTimeout: Duration.Duration | undefined
  readonly policy: RetryPolicy.RetryPolicy
}

// Per call beats the scoped options, which beat the client's settings; within
// one level an explicit `retry` beats `maxRetries`.
const resolve = (settings: Settings, scoped: RequestOptions, call: RequestOptions | undefined): Resolved => {
  const pick = <K extends keyof RequestOptions>(key: K): RequestOptions[K] => call?.[key] ?? scoped[key]
  const levels = call === undefined ? [scoped] : [call, scoped]
  let policy: RetryPolicy.RetryPolicy | undefined
  for (const level of levels) {
    if (level.retry !== undefined) policy = level.retry
    else if (level.maxRetries !== undefined) {
      policy = RetryPolicy.make({ maxRetries: level.maxRetries, maxRetryAfter: settings.maxRetryAfter })
    }
    if (policy !== undefined) break
  }
  const timeout = toDuration(pick("timeout")) ?? settings.timeout
  return {
    timeout,
    idleTimeout: toDuration(pick("idleTimeout")) ?? settings.idleTimeout ?? timeout,
    totalTimeout: toDuration(pick("totalTimeout")) ?? settings.totalTimeout,
    policy: policy ?? settings.retry
      ?? RetryPolicy.make({ maxRetries: settings.maxRetries, maxRetryAfter: settings.maxRetryAfter })
  }
}

const isPlainRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const mergeBody = (body: unknown, extra: Readonly<Record<string, unknown>> | undefined): unknown =>
  extra === undefined ? body : isPlainRecord(body) ? { ...body, ...extra } : body === undefined ? extra : body

const SelfEncodingId = "~@openai-effect/core/SelfEncodingBody"

/**
 * A body that encodes itself, given the per-call extra fields. Multipart forms
 * are built this way so that the pipeline (and every JSON-only program)
 * carries no multipart or upload code.
 */
export interface SelfEncodingBody {
  readonly [SelfEncodingId]: typeof SelfEncodingId
  readonly encode: (extra: Readonly<Record<string, unknown>> | undefined) => {
    readonly body: HttpBody.HttpBody
    readonly replayable: boolean
  }
}

/** Marks `encode` as a self-encoding body. */
export const selfEncoding = (encode: SelfEncodingBody["encode"]): SelfEncodingBody => ({
  [SelfEncodingId]: SelfEncodingId,
  encode
})

const isSelfEncoding = (u: unknown): u is SelfEncodingBody => typeof u === "object" && u !== null && SelfEncodingId in u

interface Built {
  readonly request: HttpClientRequest.HttpClientRequest
  readonly replayable: boolean
  readonly label: string
}

const build = (settings: Settings, spec: Spec, options: RequestOptions | undefined, accept: string): Built => {
  const label = `${spec.method} ${spec.path}`
  const headers: Record<string, string> = { ...settings.headers, accept }
  if (spec.beta !== undefined) headers["openai-beta"] = spec.beta
  if (options?.idempotencyKey !== undefined) headers["idempotency-key"] = options.idempotencyKey
  else if (spec.method !== "GET") headers["idempotency-key"] = `openai-effect-retry-${crypto.randomUUID()}`
  applyHeaders(headers, options?.headers)
  let httpBody: HttpBody.HttpBody = HttpBody.empty
  let replayable = true
  if (isSelfEncoding(spec.body)) {
    const encoded = spec.body.encode(options?.body)
    httpBody = encoded.body
    replayable = encoded.replayable
  } else {
    const body = mergeBody(spec.body, options?.body)
    if (body !== undefined) httpBody = HttpBody.text(JSON.stringify(body), "application/json")
  }
  const url = settings.baseURL + spec.path + Query.stringify(settings.defaultQuery, spec.query, options?.query)
  const request = HttpClientRequest.make(spec.method)(url, { headers, body: httpBody })
  return { request, replayable, label }
}

const missingKey = (label: string, admin: boolean) =>
  new Errors.InvalidRequestError({
    request: label,
    description: admin
      ? "No admin API key: pass `adminApiKey` to OpenAIClient.layer or set OPENAI_ADMIN_KEY"
      : "No API key: pass `apiKey` to OpenAIClient.layer or set OPENAI_API_KEY"
  })

const authenticate = (
  settings: Settings,
  spec: Spec,
  built: Built
): Effect.Effect<HttpClientRequest.HttpClientRequest, Errors.OpenAIError> => {
  const admin = spec.auth === "admin"
  const credential = admin ? settings.adminApiKey : settings.apiKey
  const withKey = (key: Redacted.Redacted<string>) =>
    HttpClientRequest.setHeader(built.request, "authorization", `Bearer ${Redacted.value(key)}`)
  let request: Effect.Effect<HttpClientRequest.HttpClientRequest, Errors.OpenAIError>
  if (credential === undefined) {
    // A transformRequest (Azure, a gateway) may authenticate by other means.
    if (settings.transformRequest === undefined) return Effect.fail(missingKey(built.label, admin))
    request = Effect.succeed(built.request)
  } else {
    request = Redacted.isRedacted(credential) ? Effect.succeed(withKey(credential)) : Effect.map(credential, withKey)
  }
  const transform = settings.transformRequest
  return transform === undefined
    ? request
    : Effect.flatMap(request, (r) => transform(r, { operationId: spec.operationId, auth: spec.auth }))
}

const causeMessage = (cause: unknown): string =>
  cause instanceof Error ? `: ${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ""}` : ""

/** Maps the transport's failures to ours. */
export const fromHttpClientError = (label: string) => (error: HttpClientError.HttpClientError): Errors.OpenAIError => {
  const reason = error.reason
  switch (reason._tag) {
    case "InvalidUrlError":
      return new Errors.InvalidRequestError({ request: label, description: `Invalid URL: ${reason.message}` })
    case "EncodeError":
      return new Errors.InvalidRequestError({
        request: label,
        description: `Could not send the body: ${reason.message}`
      })
    case "DecodeError":
      return new Errors.APIConnectionError({
        request: label,
        description: `the connection closed while the body was being read${causeMessage(reason.cause)}`,
        cause: reason.cause
      })
    default:
      return new Errors.APIConnectionError({
        request: label,
        description: `${reason.description ?? "the request failed"}${causeMessage(reason.cause)}`,
        cause: reason.cause
      })
  }
}

const parseErrorObject = (value: unknown): Errors.ErrorObject | undefined => {
  if (typeof value === "string") return { message: value, type: undefined, code: undefined, param: undefined }
  if (!isPlainRecord(value)) return undefined
  const message = value.message
  const code = value.code
  return {
    message: typeof message === "string" ? message : JSON.stringify(message ?? null),
    type: typeof value.type === "string" ? value.type : undefined,
    code: typeof code === "string" || typeof code === "number" ? code : undefined,
    param: typeof value.param === "string" ? value.param : undefined
  }
}

/** The tagged error for a failed status, from its headers and body text. */
export const statusError = (
  status: number,
  headers: Readonly<Record<string, string>>,
  text: string,
  label: string,
  now: number
): Errors.StatusError => {
  let parsed: unknown = text
  try {
    parsed = text.length > 0 ? JSON.parse(text) : undefined
  } catch {
    // Not JSON (an HTML page from a proxy): keep the text as the raw body.
  }
  const error = isPlainRecord(parsed) ? parseErrorObject(parsed.error) : undefined
  const fields: Errors.StatusErrorFields = {
    status,
    headers,
    requestId: headers["x-request-id"],
    error,
    body: error === undefined ? parsed : undefined,
    request: label
  }
  switch (status) {
    case 400:
      return new Errors.BadRequestError(fields)
    case 401:
      return new Errors.AuthenticationError(fields)
    case 403:
      return new Errors.PermissionDeniedError(fields)
    case 404:
      return new Errors.NotFoundError(fields)
    case 409:
      return new Errors.ConflictError(fields)
    case 422:
      return new Errors.UnprocessableEntityError(fields)
    case 429:
      return new Errors.RateLimitError({ ...fields, retryAfter: RetryPolicy.retryAfter(headers, now) })
  }
  return status >= 500 ? new Errors.InternalServerError(fields) : new Errors.APIError(fields)
}

const failStatus = (response: HttpClientResponse.HttpClientResponse, label: string) =>
  Effect.flatMap(
    Effect.orElseSucceed(response.text, () => ""),
    (text) =>
      Effect.flatMap(Effect.clockWith((clock) => clock.currentTimeMillis), (now) =>
        Effect.fail(statusError(response.status, response.headers, text, label, now)))
  )

const timeoutError = (label: string, kind: Errors.TimeoutKind, timeout: Duration.Duration) => () =>
  Effect.fail(new Errors.APIConnectionTimeoutError({ request: label, kind, timeout }))

const logLevels = { off: 0, error: 1, warn: 2, info: 3, debug: 4 } as const
const effectLevels = { error: "Error", warn: "Warn", info: "Info", debug: "Debug" } as const

const logged = Effect.succeed(true)

/**
 * Logs through Effect's logger when the client's `logLevel` allows it. The
 * line is let through at its own level even when the program's minimum level
 * is higher, so `OPENAI_LOG=debug` shows debug lines by itself. Succeeds with
 * `true` so it can sit in a retry predicate.
 */
const log = (
  settings: Settings,
  level: keyof typeof effectLevels,
  message: string,
  annotations: Record<string, unknown>
): Effect.Effect<boolean> =>
  logLevels[settings.logLevel] < logLevels[level]
    ? logged
    : Effect.as(
      Effect.logWithLevel(effectLevels[level])(message, annotations).pipe(
        Effect.provideService(References.MinimumLogLevel, effectLevels[level])
      ),
      true
    )

const redactedHeaders = /^(authorization|api-key|cookie|set-cookie|x-api-key|proxy-authorization)$/i

/** Headers as they may appear in logs: credentials and cookies replaced. */
export const redactHeaders = (headers: Readonly<Record<string, string>>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) out[name] = redactedHeaders.test(name) ? "<redacted>" : value
  return out
}

/**
 * Node's fetch tees a streamed request body to be able to replay it on a
 * redirect, and the unread branch keeps every chunk in memory: a 256 MiB
 * upload held whole. A one-shot body cannot be replayed anyway, so follow no
 * redirect and keep no copy. Only the fetch transport reads this setting.
 */
const streamingUpload = <A, E, R>(send: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.withFiber((fiber) =>
    Effect.provideService(send, FetchHttpClient.RequestInit, {
      ...Context.getOrUndefined(fiber.context, FetchHttpClient.RequestInit),
      window: null,
      redirect: "error"
    })
  )

/**
 * Sends `spec` and hands the successful response to `read`, with retries,
 * timeouts, logging and a span. For streamed bodies `read` returns the stream
 * without consuming it, so only the headers are inside the attempt: a stream
 * is never retried once it has begun.
 */
export const execute = <A>(
  spec: Spec,
  options: RequestOptions | undefined,
  accept: string,
  read: (received: Received) => Effect.Effect<A, Errors.OpenAIError>
): Effect.Effect<A, Errors.OpenAIError, OpenAIClient> =>
  Effect.flatMap(OpenAIClient, ({ httpClient, settings }) =>
    Effect.withFiber((fiber) => {
      const resolved = resolve(settings, fiber.getRef(CurrentRequestOptions), options)
      const listener = fiber.getRef(ResponseMetadata.CurrentListener)
      const built = build(settings, spec, options, accept)
      const label = built.label
      const attempt: Effect.Effect<A, Errors.OpenAIError> = authenticate(settings, spec, built).pipe(
        Effect.tap((request) =>
          log(settings, "debug", "OpenAI request", {
            method: request.method,
            url: request.url,
            headers: redactHeaders(request.headers)
          })
        ),
        Effect.flatMap((request) => {
          const sent = Effect.mapError(httpClient.execute(request), fromHttpClientError(label))
          return built.replayable ? sent : streamingUpload(sent)
        }),
        Effect.flatMap((response): Effect.Effect<A, Errors.OpenAIError> => {
          if (response.status >= 400) return failStatus(response, label)
          const metadata = ResponseMetadata.fromHeaders(response.status, response.headers)
          listener?.(metadata)
          return read({ response, metadata, label, idleTimeout: resolved.idleTimeout })
        }),
        Effect.timeoutOrElse({ duration: resolved.timeout, orElse: timeoutError(label, "request", resolved.timeout) })
      )
      const retried: Effect.Effect<A, Errors.OpenAIError> = built.replayable
        ? Effect.retry(attempt, {
          schedule: resolved.policy,
          while: (error: Errors.OpenAIError) =>
            RetryPolicy.isRetryable(error)
            && log(settings, "info", "OpenAI request failed; retrying if the policy allows", {
              request: label,
              error: error.message
            })
        })
        : attempt
      const bounded = resolved.totalTimeout === undefined ? retried : Effect.timeoutOrElse(retried, {
        duration: resolved.totalTimeout,
        orElse: timeoutError(label, "total", resolved.totalTimeout)
      })
      return Effect.withSpan(bounded, spec.operationId, {
        kind: "client",
        attributes: spanAttributes(spec)
      })
    }))

const genAiOperations: Record<string, string> = {
  createChatCompletion: "chat",
  createResponse: "chat",
  createCompletion: "text_completion",
  createEmbedding: "embeddings"
}

const spanAttributes = (spec: Spec): Record<string, unknown> => {
  const model = isPlainRecord(spec.body) && typeof spec.body.model === "string" ? spec.body.model : undefined
  return {
    "gen_ai.system": "openai",
    "gen_ai.operation.name": genAiOperations[spec.operationId] ?? spec.operationId,
    ...(model === undefined ? undefined : { "gen_ai.request.model": model }),
    "http.request.method": spec.method,
    "url.path": spec.path
  }
}

/**
 * Annotates the current span with what a JSON answer says about the model's
 * work: response id, model and token usage.
 */
export const annotateResult = (body: unknown): Effect.Effect<void> => {
  if (!isPlainRecord(body)) return Effect.void
  const attributes: Record<string, unknown> = {}
  if (typeof body.id === "string") attributes["gen_ai.response.id"] = body.id
  if (typeof body.model === "string") attributes["gen_ai.response.model"] = body.model
  const usage = body.usage
  if (isPlainRecord(usage)) {
    const input = usage.prompt_tokens ?? usage.input_tokens
    const output = usage.completion_tokens ?? usage.output_tokens
    if (typeof input === "number") attributes["gen_ai.usage.input_tokens"] = input
    if (typeof output === "number") attributes["gen_ai.usage.output_tokens"] = output
  }
  return Effect.annotateCurrentSpan(attributes)
}

/**
 * A response body as a byte stream: transport failures mapped to ours, and
 * each wait for the next chunk bounded by the idle timeout.
 */
export const bodyStream = (received: Received): Stream.Stream<Uint8Array, Errors.OpenAIError> => {
  const bytes = Stream.mapError(received.response.stream, fromHttpClientError(received.label))
  const idle = received.idleTimeout
  if (idle === undefined) return bytes
  const onIdle = timeoutError(received.label, "idle", idle)
  return Stream.transformPull(
    bytes,
    (pull) => Effect.succeed(Effect.timeoutOrElse(pull, { duration: idle, orElse: onIdle }))
  )
}
