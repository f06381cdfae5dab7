/**
 * The OpenAI client as an Effect service: credentials, base URL, default
 * headers, timeouts and the retry policy, over the `HttpClient` you provide.
 *
 * ```ts
 * program.pipe(
 *   Effect.provide(OpenAIClient.layerConfig()),   // reads OPENAI_API_KEY, OPENAI_BASE_URL, ...
 *   Effect.provide(FetchHttpClient.layer),
 *   Effect.runPromise
 * )
 * ```
 *
 * Endpoint functions (`ChatCompletions.create`, `Files.list`...) need only this
 * service. Settings are layered: a call's `options` beat the region of a
 * program wrapped in `withRequestOptions` (or `withRetry`, `withTimeout`),
 * which beats the client's own.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { dual } from "effect/Function"
import * as HttpClient from "effect/http/HttpClient"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Layer from "effect/Layer"
import * as Option from "effect/Option"
import type * as Redacted from "effect/Redacted"
import * as Logging from "./internal/logging.ts"
import { baseHeaders, durationOf } from "./internal/pipeline.ts"
import * as Service from "./internal/service.ts"
import type { OpenAIError } from "./OpenAIError.ts"
import * as Operation from "./Operation.ts"
import type { RequestOptions } from "./RequestOptions.ts"
import type { RetryPolicy } from "./RetryPolicy.ts"
import * as RetryPolicyModule from "./RetryPolicy.ts"

/**
 * The service key. Yield it for the resolved settings.
 *
 * @category services
 * @since 0.1.0
 */
export const OpenAIClient = Service.OpenAIClient

/**
 * The service key's type.
 *
 * @category services
 * @since 0.1.0
 */
export type OpenAIClient = Service.OpenAIClient

/**
 * @category models
 * @since 0.1.0
 */
export type LogLevel = Service.LogLevel

/**
 * @category models
 * @since 0.1.0
 */
export type Credential = Service.Credential

/**
 * @category models
 * @since 0.1.0
 */
export type Settings = Service.Settings

/**
 * @category models
 * @since 0.1.0
 */
export type RequestContext = Service.RequestContext

/**
 * @category models
 * @since 0.1.0
 */
export type InterceptContext = Service.InterceptContext

/**
 * @category models
 * @since 0.1.0
 */
export type Intercept = Service.Intercept

/**
 * Client settings. Durations are `Duration.Input` (a number is milliseconds).
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** The API key, or an Effect run before every attempt (a token provider). */
  readonly apiKey?: Credential | undefined
  /** The admin key for the organization-management operations. */
  readonly adminApiKey?: Credential | undefined
  /** Default `https://api.openai.com/v1`. Any OpenAI-compatible server works. */
  readonly baseURL?: string | undefined
  readonly organization?: string | undefined
  readonly project?: string | undefined
  /** Sent on every request; `null` removes a header the client would send. */
  readonly defaultHeaders?: Readonly<Record<string, string | null | undefined>> | undefined
  /** Query parameters for every request (an `api-version`, say). */
  readonly defaultQuery?: Readonly<Record<string, unknown>> | undefined
  /** One attempt: headers and body, or a stream's headers. Default 10 minutes. */
  readonly timeout?: Duration.Input | undefined
  /** The wait for the next chunk of a streamed body. Default: the `timeout`. */
  readonly idleTimeout?: Duration.Input | undefined
  /** A deadline for a whole call across retries. Default: none. */
  readonly totalTimeout?: Duration.Input | undefined
  /** Retries of the default policy. Default 2. */
  readonly maxRetries?: number | undefined
  /** A retry policy replacing the default one. */
  readonly retry?: RetryPolicy | undefined
  /** The longest server-requested retry delay to wait for. Default 60 seconds. */
  readonly maxRetryAfter?: Duration.Input | undefined
  /**
   * Rewrites each attempt's request after authentication: a gateway's route,
   * Azure's deployments and `api-key` header. Without an `apiKey`, requests
   * reach it unauthenticated.
   */
  readonly transformRequest?:
    | ((
      request: HttpClientRequest.HttpClientRequest,
      context: RequestContext
    ) => Effect.Effect<HttpClientRequest.HttpClientRequest, OpenAIError>)
    | undefined
  /** The secret that `Webhooks.verifySignature` and `Webhooks.unwrap` check signatures with. */
  readonly webhookSecret?: Redacted.Redacted<string> | undefined
}

const defaultBaseURL = "https://api.openai.com/v1"

/**
 * Resolves options to settings, filling in every default.
 *
 * @example
 * OpenAIClient.settings({ apiKey: Redacted.make("sk-...") }).timeout // 10 minutes
 * @category constructors
 * @since 0.1.0
 */
export const settings = ({ transformRequest: transform, ...options }: Options): Settings => ({
  apiKey: options.apiKey,
  adminApiKey: options.adminApiKey,
  baseURL: (options.baseURL ?? defaultBaseURL).replace(/\/+$/, ""),
  headers: baseHeaders(options),
  defaultQuery: options.defaultQuery,
  timeout: Duration.fromInputUnsafe(options.timeout ?? "10 minutes"),
  idleTimeout: durationOf(options.idleTimeout),
  totalTimeout: durationOf(options.totalTimeout),
  maxRetries: options.maxRetries ?? 2,
  retry: options.retry,
  maxRetryAfter: durationOf(options.maxRetryAfter) ?? RetryPolicyModule.defaultMaxRetryAfter,
  intercept: transform && ((request, context, send) => Effect.flatMap(transform(request, context), send)),
  webhookSecret: options.webhookSecret
})

/**
 * Makes the client over the current `HttpClient`.
 *
 * @example
 * const client = yield* OpenAIClient.make({ apiKey: Redacted.make("sk-...") })
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: Options): Effect.Effect<Service.Service, never, HttpClient.HttpClient> =>
  Effect.map(HttpClient.HttpClient, (httpClient) => ({ settings: settings(options), httpClient }))

/**
 * A layer of the client with these options. A missing API key is reported by
 * the first call that needs it, as an `InvalidRequestError`.
 *
 * @example
 * Effect.provide(OpenAIClient.layer({ apiKey: Redacted.make(key), maxRetries: 5 }))
 * @category layers
 * @since 0.1.0
 */
export const layer = (options: Options): Layer.Layer<OpenAIClient, never, HttpClient.HttpClient> =>
  Layer.effect(OpenAIClient, make(options))

/**
 * Options each given as a value or as a `Config` read when a layer is built.
 *
 * @example
 * const options: OpenAIClient.Configurable<{ readonly apiKey?: Redacted.Redacted<string> }> = {
 *   apiKey: Config.Redacted("DEEPSEEK_API_KEY")
 * }
 * @category models
 * @since 0.1.0
 */
export type Configurable<O> = {
  readonly [K in keyof O]?: O[K] | Config.Config<Exclude<O[K], undefined>>
}

/**
 * The options of `layerConfig`: the client's and the log level, each given
 * as a value or as a `Config` (`Config.Redacted("DEEPSEEK_API_KEY")`) read
 * when the layer is built.
 *
 * @category models
 * @since 0.1.0
 */
export type ConfigOptions = Configurable<WithLogLevel<Options>>

/**
 * Options and the log level of the client's lines.
 *
 * @example
 * const options: OpenAIClient.WithLogLevel<OpenAIClient.Options> = { maxRetries: 4, logLevel: "info" }
 * @category models
 * @since 0.1.0
 */
export type WithLogLevel<O> = O & {
  /** Default: `OPENAI_LOG`, else `"warn"`. */
  readonly logLevel?: LogLevel | undefined
}

const logLevels: ReadonlyArray<LogLevel> = ["off", "error", "warn", "info", "debug"]

/**
 * The building block of `layerConfig` for a client made by `make` (this
 * module's, or an integration's such as Azure's): reads each option given as
 * a `Config`, fills what is not given from `environment` (when set), and
 * provides the client with the logging that `logLevel` or `OPENAI_LOG` sets.
 *
 * @example
 * const layer = OpenAIClient.layerConfigWith(
 *   { apiKey: Config.Redacted("GATEWAY_KEY") },
 *   { baseURL: Config.String("GATEWAY_URL") },
 *   OpenAIClient.make
 * )
 * @category layers
 * @since 0.1.0
 */
export const layerConfigWith = <O extends object, E>(
  options: Configurable<WithLogLevel<O>>,
  environment: { readonly [K in keyof O]?: Config.Config<unknown> },
  make: (options: O) => Effect.Effect<Service.Service, E, HttpClient.HttpClient>
): Layer.Layer<OpenAIClient, E | Config.ConfigError, HttpClient.HttpClient> =>
  Layer.effectContext(Effect.gen(function*() {
    const defaults: Record<string, Config.Config<unknown> | undefined> = {
      ...environment,
      logLevel: Config.Literals(logLevels, "OPENAI_LOG")
    }
    const given: Record<string, unknown> = options
    const resolved: Record<string, unknown> = {}
    for (const key of new Set([...Object.keys(defaults), ...Object.keys(given)])) {
      const value = given[key]
      const fallback = defaults[key]
      resolved[key] = value === undefined
        ? fallback === undefined ? undefined : Option.getOrUndefined(yield* Config.option(fallback))
        : Config.isConfig(value)
        ? yield* value
        : value
    }
    const { logLevel, ...client } = resolved as WithLogLevel<O>
    const service = yield* make(client as O)
    return Context.make(OpenAIClient, service).pipe(
      Context.add(Service.CurrentLogging, Logging.make(logLevel ?? "warn"))
    )
  }))

/**
 * A layer that reads its settings through `Config`. An option given as a
 * `Config` is read from the `ConfigProvider` when the layer is built (a
 * missing or invalid value fails it with a `ConfigError` naming the
 * variable); an option given as a value is used as it is. What is not given
 * comes from the environment when set: `OPENAI_API_KEY`, `OPENAI_ADMIN_KEY`,
 * `OPENAI_BASE_URL`, `OPENAI_ORG_ID`, `OPENAI_PROJECT_ID`, `OPENAI_WEBHOOK_SECRET`,
 * `OPENAI_LOG`
 * (off|error|warn|info|debug, see `withLogLevel`).
 *
 * @example
 * Effect.provide(OpenAIClient.layerConfig({
 *   apiKey: Config.Redacted("DEEPSEEK_API_KEY"),
 *   baseURL: Config.String("DEEPSEEK_BASE_URL"),
 *   maxRetries: 4
 * }))
 * @category layers
 * @since 0.1.0
 */
export const layerConfig = (
  options: ConfigOptions = {}
): Layer.Layer<OpenAIClient, Config.ConfigError, HttpClient.HttpClient> =>
  layerConfigWith(options, {
    apiKey: Config.Redacted("OPENAI_API_KEY"),
    adminApiKey: Config.Redacted("OPENAI_ADMIN_KEY"),
    baseURL: Config.String("OPENAI_BASE_URL"),
    organization: Config.String("OPENAI_ORG_ID"),
    project: Config.String("OPENAI_PROJECT_ID"),
    webhookSecret: Config.Redacted("OPENAI_WEBHOOK_SECRET")
  }, make)

/**
 * Logs the OpenAI calls inside `self` through Effect's logger: at `info` each
 * retry that will happen (attempt, delay, reason), at `debug` also every
 * request, with `authorization`, `api-key` and cookie headers redacted, and
 * every response (status, latency, request id). Lines go out at their own level even when the
 * program's minimum log level is higher. `off`, `error` and `warn` log
 * nothing (the client has no lines at those levels), which is the default.
 * Logging is opt-in so that programs which never log carry none of Effect's
 * logger in their bundle.
 *
 * @example
 * program.pipe(OpenAIClient.withLogLevel("debug"))
 * @category combinators
 * @since 0.1.0
 */
export const withLogLevel: {
  (level: LogLevel): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, level: LogLevel): Effect.Effect<A, E, R>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, level: LogLevel) =>
    Effect.provideService(self, Service.CurrentLogging, Logging.make(level))
)

/**
 * `withLogLevel` for a whole program, as a layer.
 *
 * @example
 * Effect.provide(OpenAIClient.layerLogLevel("info"))
 * @category layers
 * @since 0.1.0
 */
export const layerLogLevel = (level: LogLevel): Layer.Layer<never> =>
  Layer.succeed(Service.CurrentLogging, Logging.make(level))

/**
 * Applies request options to every OpenAI call inside `self`. A call's own
 * options win, header by header and field by field (`headers`, `query`,
 * `body`); this region's win over an enclosing region's and the client's.
 *
 * @example
 * program.pipe(OpenAIClient.withRequestOptions({ timeout: "20 seconds", headers: { "X-Team": "search" } }))
 * @category combinators
 * @since 0.1.0
 */
export const withRequestOptions: {
  (options: RequestOptions): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, options: RequestOptions): Effect.Effect<A, E, R>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, options: RequestOptions) =>
    Effect.withFiber((fiber) => {
      const outer = fiber.getRef(Service.CurrentRequestOptions)
      return Effect.provideService(self, Service.CurrentRequestOptions, {
        ...outer,
        ...options,
        headers: mergeRecords(outer.headers, options.headers),
        query: mergeRecords(outer.query, options.query),
        body: mergeRecords(outer.body, options.body)
      })
    })
)

/** `inner`'s fields over `outer`'s; either one as it is when the other is absent. */
const mergeRecords = <A extends object>(outer: A | undefined, inner: A | undefined): A | undefined =>
  outer && inner ? { ...outer, ...inner } : outer ?? inner

/**
 * Runs `self` with another retry policy for every OpenAI call inside it.
 *
 * @example
 * program.pipe(OpenAIClient.withRetry(Schedule.max([Schedule.exponential("200 millis"), Schedule.recurs(6)])))
 * @category combinators
 * @since 0.1.0
 */
export const withRetry: {
  (policy: RetryPolicy): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, policy: RetryPolicy): Effect.Effect<A, E, R>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, policy: RetryPolicy) => withRequestOptions(self, { retry: policy })
)

/**
 * Runs `self` with another per-attempt timeout for every OpenAI call inside it.
 *
 * @example
 * program.pipe(OpenAIClient.withTimeout("15 seconds"))
 * @category combinators
 * @since 0.1.0
 */
export const withTimeout: {
  (timeout: Duration.Input): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, timeout: Duration.Input): Effect.Effect<A, E, R>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, timeout: Duration.Input) => withRequestOptions(self, { timeout })
)

/**
 * Calls an endpoint this library has no function for, with the same auth,
 * retries, timeouts and errors. The answer is JSON, typed as you say.
 *
 * @example
 * const result = yield* OpenAIClient.request<{ readonly ok: boolean }>({ method: "POST", path: "/some/new/endpoint", body: { a: 1 } })
 * @category requests
 * @since 0.1.0
 */
export const request = <A = unknown>(
  spec: {
    readonly method: Operation.Spec["method"]
    readonly path: string
    readonly query?: object | undefined
    readonly body?: unknown
    readonly auth?: "admin" | undefined
  },
  options?: RequestOptions
): Effect.Effect<A, OpenAIError, OpenAIClient> => Operation.json<A>({ operationId: "request", ...spec }, options)

/**
 * Logs a request sent again for a reason the retry policy does not see (an
 * integration renewing a rejected credential) as the client logs a retry:
 * at `info`, when the logging in force lets it through. The request is sent
 * again at once, within the attempt, so the line says attempt 1 and no delay.
 *
 * @example
 * yield* OpenAIClient.logRetry("POST /chat/completions", error)
 * @category logging
 * @since 0.1.0
 */
export const logRetry = (request: string, error: OpenAIError): Effect.Effect<void> =>
  Effect.withFiber((fiber) =>
    fiber.getRef(Service.CurrentLogging)?.retry(request, error, 1, Duration.zero) ?? Effect.void
  )
