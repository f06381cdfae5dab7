/**
 * The client service key and its resolved settings. Kept apart from
 * `OpenAIClient.ts` so the request pipeline can depend on the key without a
 * module cycle.
 */
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import type * as Effect from "effect/Effect"
import type * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import type * as Redacted from "effect/Redacted"
import type { OpenAIError } from "../OpenAIError.ts"
import type { RequestOptions } from "../RequestOptions.ts"
import type { RetryPolicy } from "../RetryPolicy.ts"

/** How much the client logs; `off` is silent. */
export type LogLevel = "off" | "error" | "warn" | "info" | "debug"

/** A key, given once or produced per request (a token provider). */
export type Credential = Redacted.Redacted<string> | Effect.Effect<Redacted.Redacted<string>, OpenAIError>

/** What the pipeline knows about the operation a request is for. */
export interface RequestContext {
  readonly operationId: string
  readonly auth?: "admin" | undefined
  readonly method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE"
  /** The operation's path with its parameters filled in, without the base URL and query. */
  readonly path: string
}

/** What an `Intercept` knows about the call: the operation as described, its body unencoded, and the call's options. */
export interface InterceptContext extends RequestContext {
  /** The body as the operation gave it (`Operation.model` reads its `model`). */
  readonly body?: unknown
}

/**
 * Runs each attempt of a call: it gets the request as built (authorized when
 * the key is a plain `Redacted`), what is known about the call, and `send`,
 * which sends a request and reads its answer. Whatever it does happens inside
 * the attempt: under its timeout, the retry policy and the call's span, with
 * the call's typed errors. An integration that must route, authenticate or
 * replay per attempt (Azure) sets it; `transformRequest` is its simple form.
 */
export type Intercept = <A>(
  request: HttpClientRequest.HttpClientRequest,
  context: InterceptContext,
  send: (request: HttpClientRequest.HttpClientRequest) => Effect.Effect<A, OpenAIError>,
  options: RequestOptions | undefined
) => Effect.Effect<A, OpenAIError>

/** The client's settings with every default filled in. */
export interface Settings {
  readonly apiKey: Credential | undefined
  readonly adminApiKey: Credential | undefined
  readonly baseURL: string
  /** Sent on every request: user agent, organization, project, default headers. */
  readonly headers: Readonly<Record<string, string>>
  readonly defaultQuery: Readonly<Record<string, unknown>> | undefined
  readonly timeout: Duration.Duration
  readonly idleTimeout: Duration.Duration | undefined
  readonly totalTimeout: Duration.Duration | undefined
  readonly maxRetries: number
  readonly retry: RetryPolicy | undefined
  readonly maxRetryAfter: Duration.Duration
  /** Runs each attempt; see `Intercept`. A `transformRequest` option becomes one. */
  readonly intercept: Intercept | undefined
}

/** The service: settings and the transport captured when the client was made. */
export interface Service {
  readonly settings: Settings
  readonly httpClient: HttpClient.HttpClient
}

/** The service key. */
export class OpenAIClient extends Context.Service<OpenAIClient, Service>()("@openai-effect/core/OpenAIClient") {}

/**
 * The client's log lines, when a level lets them through: `request` (debug)
 * before every attempt, `retry` (info) for every failure worth retrying.
 * Kept out of the settings so that programs which never log carry none of
 * Effect's logger.
 */
export interface Logging {
  readonly request: ((request: HttpClientRequest.HttpClientRequest) => Effect.Effect<void>) | undefined
  readonly retry: (request: string, error: OpenAIError) => Effect.Effect<void>
}

/** The logging in force for a region of a program; none by default. */
export const CurrentLogging = Context.Reference<Logging | undefined>(
  "@openai-effect/core/OpenAIClient/CurrentLogging",
  { defaultValue: () => undefined }
)

/** Request options set for a region of a program by `OpenAIClient.withRequestOptions`. */
export const CurrentRequestOptions = Context.Reference<RequestOptions>(
  "@openai-effect/core/OpenAIClient/CurrentRequestOptions",
  { defaultValue: () => ({}) }
)
