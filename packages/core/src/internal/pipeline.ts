/**
 * The request pipeline every operation goes through: build the request once,
 * then per attempt authenticate, send, turn a failed status into its tagged
 * error and read the body, all under the attempt timeout; retry what is worth
 * retrying by the policy in force; bound the whole call by the total deadline.
 *
 * Every call pays for what is written here, in CPU and in bundle bytes, so the
 * common path is kept short: the request is built in one step (authorized
 * when the key is a plain `Redacted`), a timeout is one forked fiber and a
 * timer, the default retry policy runs as a loop instead of a `Schedule`,
 * spans are made only when a tracer is installed, and logging is code that
 * only programs which turn it on carry.
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import type * as Fiber from "effect/Fiber"
import * as Headers from "effect/http/Headers"
import * as HttpBody from "effect/http/HttpBody"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Pull from "effect/Pull"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import * as Tracer from "effect/Tracer"
import * as Errors from "../OpenAIError.ts"
import type { RequestOptions } from "../RequestOptions.ts"
import * as ResponseMetadata from "../ResponseMetadata.ts"
import * as RetryPolicy from "../RetryPolicy.ts"
import { failStatus, fromHttpClientError, isPlainRecord } from "./failures.ts"
import * as Query from "./query.ts"
import {
  CurrentLogging,
  CurrentRequestOptions,
  type Logging,
  OpenAIClient,
  type Service,
  type Settings
} from "./service.ts"
import { timeout } from "./timeout.ts"

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
  /** `METHOD /path`, for error messages. */
  readonly label: string
  /** The idle timeout in force, for streamed bodies. */
  readonly idleTimeout: Duration.Duration | undefined
  /** The call's span, when a tracer is installed. */
  readonly span: Tracer.Span | undefined
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
  for (const name of Object.keys(extra)) {
    const value = extra[name]
    const key = name.toLowerCase()
    if (value === null) delete headers[key]
    else if (value !== undefined) headers[key] = value
  }
  return headers
}

/** A duration given as `Duration.Input`, or `undefined` when none is. */
export const durationOf = (input: Duration.Input | undefined): Duration.Duration | undefined =>
  input === undefined ? undefined : Duration.fromInputUnsafe(input)

interface Resolved {
  readonly timeout: Duration.Duration
  readonly idleTimeout: Duration.Duration | undefined
  readonly totalTimeout: Duration.Duration | undefined
  /** A policy given as a `Schedule`; without one the default rules apply with `maxRetries`. */
  readonly retry: RetryPolicy.RetryPolicy | undefined
  readonly maxRetries: number
}

// Per call beats the scoped options, which beat the client's settings; within
// one level an explicit `retry` beats `maxRetries`.
const resolve = (settings: Settings, scoped: RequestOptions, call: RequestOptions | undefined): Resolved => {
  const level = call?.retry !== undefined || call?.maxRetries !== undefined ? call : scoped
  const explicit = level.retry !== undefined || level.maxRetries !== undefined
  const timeout = Duration.fromInputUnsafe(call?.timeout ?? scoped.timeout ?? settings.timeout)
  return {
    timeout,
    idleTimeout: Duration.fromInputUnsafe(call?.idleTimeout ?? scoped.idleTimeout ?? settings.idleTimeout ?? timeout),
    totalTimeout: durationOf(call?.totalTimeout ?? scoped.totalTimeout ?? settings.totalTimeout),
    retry: explicit ? level.retry : settings.retry,
    maxRetries: explicit ? level.maxRetries ?? 0 : settings.maxRetries
  }
}

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
  readonly encode: (extra: Readonly<Record<string, unknown>> | undefined) => Encoded
  /** Why the body cannot be sent, found when it was made: the call fails before sending. */
  readonly invalid: string | undefined
  /** The fields it encodes, for readers that must not encode them (`model`). */
  readonly fields: Readonly<Record<string, unknown>>
}

/** An encoded body. */
export interface Encoded {
  readonly body: HttpBody.HttpBody
  /**
   * For a body that can be read only once (a streamed upload): how to send
   * it. Such a request is never retried.
   */
  readonly sendOnce?: (<A, E, R>(send: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>) | undefined
}

/** Marks `encode` as a self-encoding body of `fields`. */
export const selfEncoding = (
  encode: SelfEncodingBody["encode"],
  fields: SelfEncodingBody["fields"],
  invalid: string | undefined
): SelfEncodingBody => ({
  [SelfEncodingId]: SelfEncodingId,
  encode,
  fields,
  invalid
})

/** `true` for a body made by `selfEncoding`. */
export const isSelfEncoding = (u: unknown): u is SelfEncodingBody =>
  typeof u === "object" && u !== null && SelfEncodingId in u

/**
 * The `model` a body names, a call's extra body fields first: a JSON body's
 * field or a multipart form's, read without encoding (or consuming) anything.
 */
export const modelOf = (body: unknown, extra: Readonly<Record<string, unknown>> | undefined): string | undefined => {
  const model = extra?.model ?? (isSelfEncoding(body) ? body.fields : isPlainRecord(body) ? body : undefined)?.model
  return typeof model === "string" ? model : undefined
}

const bearer = (key: Redacted.Redacted<string>) => `Bearer ${Redacted.value(key)}`

/**
 * The request, built once for all attempts: headers in the order of
 * precedence (client, operation, call, body), and the `authorization` header
 * when the key is known without running an Effect. The headers are written in
 * lower case here, so they become `Headers` as they are.
 */
const build = (
  settings: Settings,
  spec: Spec,
  scoped: RequestOptions,
  options: RequestOptions | undefined,
  accept: string,
  key: Redacted.Redacted<string> | undefined
): { readonly request: HttpClientRequest.HttpClientRequest; readonly sendOnce: Encoded["sendOnce"] } => {
  const headers: Record<string, string> = { ...settings.headers, accept }
  if (spec.beta !== undefined) headers["openai-beta"] = spec.beta
  // The official SDK's rule: one key per call, so a retried POST is not applied twice.
  const idempotencyKey = options?.idempotencyKey ?? scoped.idempotencyKey
    ?? (spec.method === "GET" ? undefined : `openai-effect-retry-${crypto.randomUUID()}`)
  if (idempotencyKey !== undefined) headers["idempotency-key"] = idempotencyKey
  applyHeaders(headers, scoped.headers)
  applyHeaders(headers, options?.headers)
  const extra = mergeBody(scoped.body, options?.body) as RequestOptions["body"]
  let encoded: Encoded = { body: HttpBody.empty }
  if (isSelfEncoding(spec.body)) {
    encoded = spec.body.encode(extra)
  } else {
    const json = mergeBody(spec.body, extra)
    if (json !== undefined) encoded = { body: HttpBody.text(JSON.stringify(json), "application/json") }
  }
  const body = encoded.body
  // What `HttpClientRequest.setBody` would do, without copying the headers twice.
  const sized = body._tag === "Empty" || body._tag === "FormData" ? undefined : body
  applyHeaders(headers, {
    "content-type": sized?.contentType ?? null,
    "content-length": sized?.contentLength === undefined ? null : String(sized.contentLength)
  })
  if (key !== undefined) headers.authorization = bearer(key)
  const url = settings.baseURL + spec.path
    + Query.stringify(settings.defaultQuery, spec.query, scoped.query, options?.query)
  return {
    request: HttpClientRequest.makeWith(
      spec.method,
      url,
      HttpClientRequest.empty.urlParams,
      HttpClientRequest.empty.hash,
      Headers.fromRecordUnsafe(headers),
      body
    ),
    sendOnce: encoded.sendOnce
  }
}

/**
 * Retries `attempt` while its error is retryable and the policy gives a wait:
 * a policy only ever sees the errors worth retrying. Without a `Schedule` the
 * default rules (`RetryPolicy.delay`) run here, counting on this loop's own
 * count of failures, with the same waits as `RetryPolicy.make` and no
 * `Schedule` built for every call. A `Schedule`'s step is made at the first
 * retryable error, so a call that succeeds pays for no policy. `onRetry`
 * hears of each retry that will be made, never of the last failure.
 */
const retry = <A>(
  attempt: Effect.Effect<A, Errors.OpenAIError>,
  resolved: Resolved,
  maxRetryAfter: Duration.Duration,
  onRetry: Logging["retry"] | undefined,
  label: string
): Effect.Effect<A, Errors.OpenAIError> => {
  const policy = resolved.retry
  let step:
    | ((now: number, error: Errors.OpenAIError) => Pull.Pull<[unknown, Duration.Duration], never, unknown>)
    | undefined
  let failed = 0
  const loop: Effect.Effect<A, Errors.OpenAIError> = Effect.catch(attempt, (error) =>
    RetryPolicy.isRetryable(error)
      ? Effect.withFiber((fiber) => {
        // The clock in force (`TestClock` in tests) both dates the failure
        // and sleeps, without `Effect.sleep`'s own lookup of it.
        const clock = fiber.getRef(Clock.Clock)
        const now = clock.currentTimeMillisUnsafe()
        const wait = (delay: Duration.Duration | undefined): Effect.Effect<A, Errors.OpenAIError> => {
          if (delay === undefined) return Effect.fail(error)
          failed++
          const next = Effect.andThen(clock.sleep(delay), loop)
          return onRetry ? Effect.andThen(onRetry(label, error, failed, delay), next) : next
        }
        if (policy === undefined) {
          return wait(RetryPolicy.delay(error, failed + 1, {
            maxRetries: resolved.maxRetries,
            maxRetryAfter,
            now,
            random: () => fiber.getRef(Random.Random).nextDoubleUnsafe()
          }))
        }
        return Pull.catchDone(
          Effect.flatMap(
            step === undefined
              ? Effect.flatMap(Schedule.toStep(policy), (made) => (step = made)(now, error))
              : step(now, error),
            ([, delay]) => wait(delay)
          ),
          () => Effect.fail(error)
        )
      })
      : Effect.fail(error))
  return loop
}

/** The client a call goes through, with the key of its operation. */
interface Ready extends Service {
  readonly fixed: Redacted.Redacted<string> | undefined
  readonly provider: Effect.Effect<Redacted.Redacted<string>, Errors.OpenAIError> | undefined
}

/**
 * What a call needs before anything is sent, or why it cannot be made: a
 * spec that can be sent (checked before the client is looked up), the client,
 * and the key of the operation. `fixed` goes into the request once, a token
 * `provider` runs before every attempt. A missing key is an error unless an
 * intercept (Azure, a gateway's `transformRequest`) may authenticate by other
 * means.
 */
const begin = (fiber: Fiber.Fiber<unknown, unknown>, spec: Spec, label: string): Errors.InvalidRequestError | Ready => {
  // `Operation.path` turns an empty parameter into `//` or a trailing `/`; a
  // multipart body knows when it holds what cannot be sent.
  let description = /\/\/|\/$/.test(spec.path)
    ? "A path parameter is empty"
    : isSelfEncoding(spec.body)
    ? spec.body.invalid
    : undefined
  if (description === undefined) {
    const service = Context.getUnsafe(fiber.context, OpenAIClient)
    const settings = service.settings
    const admin = spec.auth === "admin"
    const credential = admin ? settings.adminApiKey : settings.apiKey
    if (credential !== undefined || settings.intercept !== undefined) {
      const fixed = Redacted.isRedacted(credential) ? credential : undefined
      return {
        ...service,
        fixed,
        provider: credential === fixed
          ? undefined
          : credential as Effect.Effect<Redacted.Redacted<string>, Errors.OpenAIError>
      }
    }
    description = `No ${admin ? "admin " : ""}API key: pass \`${
      admin ? "adminApiKey" : "apiKey"
    }\` to OpenAIClient.layer or set ${admin ? "OPENAI_ADMIN_KEY" : "OPENAI_API_KEY"}`
  }
  return new Errors.InvalidRequestError({ request: label, description })
}

/**
 * One attempt's request on its way to `send`: the token provider's key, then
 * the client's intercept (Azure, a gateway's `transformRequest`).
 */
const authorize = <A>(
  settings: Settings,
  spec: Spec,
  options: RequestOptions | undefined,
  request: HttpClientRequest.HttpClientRequest,
  provider: Effect.Effect<Redacted.Redacted<string>, Errors.OpenAIError> | undefined,
  send: (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<A, Errors.OpenAIError>
): Effect.Effect<A, Errors.OpenAIError> => {
  const intercept = settings.intercept
  const transformed = (request: HttpClientRequest.HttpClientRequest) =>
    intercept === undefined ? send(request) : intercept(request, spec, send, options)
  return provider === undefined
    ? transformed(request)
    : Effect.flatMap(provider, (key) => transformed(HttpClientRequest.setHeader(request, "authorization", bearer(key))))
}

/** An operation's request, ready to send, and the attempt timeout in force. */
export interface Prepared {
  readonly request: HttpClientRequest.HttpClientRequest
  readonly timeout: Duration.Duration
}

/**
 * What `execute` would send for one attempt of `spec`, authenticated and
 * intercepted, without sending it: for transports other than HTTP (the
 * realtime WebSocket handshake).
 */
export const prepare = (spec: Spec, options: RequestOptions | undefined): Effect.Effect<
  Prepared,
  Errors.OpenAIError,
  OpenAIClient
> =>
  Effect.withFiber((fiber) => {
    const key = begin(fiber, spec, `${spec.method} ${spec.path}`)
    if (key instanceof Errors.InvalidRequestError) return Effect.fail(key)
    const settings = key.settings
    const scoped = fiber.getRef(CurrentRequestOptions)
    const { timeout } = resolve(settings, scoped, options)
    const { request } = build(settings, spec, scoped, options, "application/json", key.fixed)
    // The intercept's `send` hands back the request it would have sent.
    return Effect.map(authorize(settings, spec, options, request, key.provider, Effect.succeed), (request) => ({
      request,
      timeout
    }))
  })

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
  Effect.withFiber((fiber) => {
    const label = `${spec.method} ${spec.path}`
    const key = begin(fiber, spec, label)
    if (key instanceof Errors.InvalidRequestError) return Effect.fail(key)
    const { httpClient, settings } = key
    const scoped = fiber.getRef(CurrentRequestOptions)
    const resolved = resolve(settings, scoped, options)
    const listener = fiber.getRef(ResponseMetadata.CurrentListener)
    const logging = fiber.getRef(CurrentLogging)
    const { request, sendOnce } = build(settings, spec, scoped, options, accept, key.fixed)

    const run = (span: Tracer.Span | undefined): Effect.Effect<A, Errors.OpenAIError> => {
      const send = (request: HttpClientRequest.HttpClientRequest): Effect.Effect<A, Errors.OpenAIError> => {
        // Without a tracer the transport's own span and trace headers would go
        // nowhere too, and they cost about as much as the rest of this pipeline.
        const executed = span === undefined
          ? Effect.provideService(httpClient.execute(request), Tracer.DisablePropagation, true)
          : httpClient.execute(request)
        const mapped = Effect.mapError(executed, fromHttpClientError(label))
        const sent = sendOnce === undefined ? mapped : sendOnce(mapped)
        return Effect.flatMap(logging?.exchange?.(request, sent) ?? sent, (response) => {
          if (response.status >= 400) return failStatus(response, label)
          listener?.(response.status, response.headers)
          return read({ response, label, idleTimeout: resolved.idleTimeout, span })
        })
      }
      const authenticated = authorize(settings, spec, options, request, key.provider, send)
      const attempt = timeout(authenticated, label, "request", resolved.timeout)
      const retried = sendOnce !== undefined || (resolved.retry === undefined && resolved.maxRetries <= 0)
        ? attempt
        : retry(attempt, resolved, settings.maxRetryAfter, logging?.retry, label)
      return resolved.totalTimeout === undefined ? retried : timeout(retried, label, "total", resolved.totalTimeout)
    }
    // Spans cost every call; without a tracer nobody would see them.
    return Context.getOrUndefined(fiber.context, Tracer.Tracer) === undefined
      ? run(undefined)
      : Effect.useSpan(
        spec.operationId,
        { kind: "client", attributes: spanAttributes(spec) },
        (span) => Effect.withParentSpan(run(span), span, { captureStackTrace: false })
      )
  })

const genAiOperations: Record<string, string> = {
  createChatCompletion: "chat",
  createResponse: "chat",
  createCompletion: "text_completion",
  createEmbedding: "embeddings"
}

const spanAttributes = (spec: Spec): Record<string, unknown> => {
  const attributes: Record<string, unknown> = {
    "gen_ai.system": "openai",
    "gen_ai.operation.name": genAiOperations[spec.operationId] ?? spec.operationId,
    "http.request.method": spec.method,
    "url.path": spec.path
  }
  const model = isPlainRecord(spec.body) ? spec.body.model : undefined
  if (typeof model === "string") attributes["gen_ai.request.model"] = model
  return attributes
}

/**
 * Records on the call's span what a JSON answer says about the model's work:
 * response id, model and token usage. Hands the answer back.
 */
export const annotateResult = <A>(span: Tracer.Span | undefined, body: A): A => {
  if (span !== undefined && isPlainRecord(body)) {
    if (typeof body.id === "string") span.attribute("gen_ai.response.id", body.id)
    if (typeof body.model === "string") span.attribute("gen_ai.response.model", body.model)
    const usage = body.usage
    if (isPlainRecord(usage)) {
      const input = usage.prompt_tokens ?? usage.input_tokens
      const output = usage.completion_tokens ?? usage.output_tokens
      if (typeof input === "number") span.attribute("gen_ai.usage.input_tokens", input)
      if (typeof output === "number") span.attribute("gen_ai.usage.output_tokens", output)
    }
  }
  return body
}

/**
 * Where a reader's error happened: the call and the response's
 * `x-request-id`. Read only on failure: the transport converts all the
 * headers on every `headers` read.
 */
export const origin = (received: Received): { readonly request: string; readonly requestId: string | undefined } => ({
  request: received.label,
  requestId: received.response.headers["x-request-id"]
})

/**
 * A response body as a byte stream: transport failures mapped to ours, and
 * each wait for the next chunk bounded by the idle timeout.
 */
export const bodyStream = (received: Received): Stream.Stream<Uint8Array, Errors.OpenAIError> => {
  const bytes = Stream.mapError(received.response.stream, fromHttpClientError(received.label))
  const idle = received.idleTimeout
  if (idle === undefined) return bytes
  return Stream.transformPull(
    bytes,
    (pull) => Effect.succeed(timeout(pull, received.label, "idle", idle))
  )
}
