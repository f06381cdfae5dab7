/**
 * Azure OpenAI as the same `OpenAIClient` service, so every resource function
 * works on Azure unchanged:
 *
 * ```ts
 * program.pipe(
 *   Effect.provide(AzureOpenAI.layerConfig({ deployment: "gpt-4o-prod" })), // AZURE_OPENAI_ENDPOINT, ...
 *   Effect.provide(FetchHttpClient.layer),
 *   Effect.runPromise
 * )
 * ```
 *
 * Routing: with an `apiVersion` other than `"v1"`, the POSTs of chat and
 * legacy completions, embeddings, image generations and edits, and audio
 * transcriptions, translations and speech go to
 * `{endpoint}/openai/deployments/{deployment, else the body's model}/...`;
 * every other request goes to `{endpoint}/openai/...`; both carry
 * `api-version`. Without an `apiVersion` (or with `"v1"`) every request goes
 * to `{endpoint}/openai/v1/...` without `api-version`, and a configured
 * `deployment` becomes the `model` of the per-deployment operations.
 *
 * Auth: an `apiKey` is sent as the `api-key` header; an Entra ID token
 * (`azureADToken`, or `azureADTokenProvider` such as `@azure/identity`'s
 * `getBearerTokenProvider`) as `Authorization: Bearer`. A provider's token is
 * fetched once for concurrent calls, reused until two minutes before its JWT
 * `exp` (or for `azureADTokenTTL`), and renewed once, with the request sent
 * again, when the server answers 401. A provider that takes longer than
 * `azureADTokenTimeout` (default: the `timeout`) fails the calls waiting on it
 * with an `APIConnectionTimeoutError`, and the next call asks it again.
 *
 * @since 0.1.0
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Errors from "@openai-effect/core/OpenAIError"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import * as Config from "effect/Config"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import type * as HttpClient from "effect/http/HttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Route from "./internal/route.ts"
import * as TokenCache from "./internal/token.ts"

/**
 * A token as a provider gives it: a string or a `Redacted`.
 *
 * @category models
 * @since 0.1.0
 */
export type Token = TokenCache.Token

/**
 * An Entra ID token provider: the `() => Promise<string>` that
 * `@azure/identity`'s `getBearerTokenProvider` returns, or an `Effect` of a
 * token.
 *
 * @category models
 * @since 0.1.0
 */
export type TokenProvider = TokenCache.TokenProvider

/**
 * Options of the Azure client. Every `OpenAIClient` option applies too
 * (timeouts, retries, default headers and query, `transformRequest`...).
 *
 * @category models
 * @since 0.1.0
 */
export interface Options extends Omit<OpenAIClient.Options, "apiKey" | "adminApiKey" | "baseURL"> {
  /** `https://{resource}.openai.azure.com`. `layerConfig`: `AZURE_OPENAI_ENDPOINT`. */
  readonly endpoint?: string | undefined
  /**
   * Instead of `endpoint`, the base every path is appended to
   * (`https://{resource}.openai.azure.com/openai`). A base that already ends
   * in a deployment is used as it is.
   */
  readonly baseURL?: string | undefined
  /** `"2024-10-21"` and the like, or `"v1"`. `layerConfig`: `OPENAI_API_VERSION`. Default: the v1 route. */
  readonly apiVersion?: string | undefined
  /** The deployment of the per-deployment operations, whatever their body's `model` says. */
  readonly deployment?: string | undefined
  /** Sent as the `api-key` header. `layerConfig`: `AZURE_OPENAI_API_KEY`. */
  readonly apiKey?: string | Redacted.Redacted<string> | undefined
  /** A fixed Entra ID token. `layerConfig`: `AZURE_OPENAI_AD_TOKEN`. */
  readonly azureADToken?: string | Redacted.Redacted<string> | undefined
  /** A provider of Entra ID tokens, shared and cached by the client. */
  readonly azureADTokenProvider?: TokenProvider | undefined
  /** How long a provider's token is reused when it is not a JWT with an `exp`. Default: not reused. */
  readonly azureADTokenTTL?: Duration.Input | undefined
  /**
   * How long the provider may take to give a token before the calls waiting
   * on it fail with an `APIConnectionTimeoutError`. Default: the `timeout`.
   */
  readonly azureADTokenTimeout?: Duration.Input | undefined
}

/**
 * What the Azure client was made with, on its `OpenAIClient` service as
 * `azure` (read it with `settings`): what a feature that leaves the request
 * pipeline, such as a realtime WebSocket, needs to build its own route and
 * authenticate the same way.
 *
 * @category models
 * @since 0.1.0
 */
export interface Settings {
  /** `{endpoint}` without a trailing slash, when an `endpoint` was given (not a `baseURL`). */
  readonly endpoint: string | undefined
  /** Where paths are appended: `{endpoint}/openai`, or `{endpoint}/openai/v1` on the v1 route. */
  readonly baseURL: string
  /** The `api-version` sent, or `undefined` on the v1 route. */
  readonly apiVersion: string | undefined
  readonly deployment: string | undefined
  /**
   * The header that authenticates a request now: `["api-key", key]`, or
   * `["authorization", "Bearer ..."]` with the shared Entra ID token.
   */
  readonly auth: Effect.Effect<readonly [name: string, value: Redacted.Redacted<string>], OpenAIError>
}

/**
 * The options cannot make a client: no endpoint, no credential, or two that
 * exclude each other. The message names the options, never their values.
 *
 * @category errors
 * @since 0.1.0
 */
export class AzureOptionsError extends Data.TaggedError("AzureOptionsError")<{ readonly description: string }> {
  override get message(): string {
    return this.description
  }
}

/**
 * The Azure settings of a client service, or `undefined` for a client that
 * is not an Azure one.
 *
 * @example
 * const azure = AzureOpenAI.settings(yield* OpenAIClient.OpenAIClient)
 * @category accessors
 * @since 0.1.0
 */
export const settings = (client: { readonly settings: OpenAIClient.Settings }): Settings | undefined =>
  (client as { readonly azure?: Settings }).azure

const optionsError = (description: string) => Effect.fail(new AzureOptionsError({ description }))

const redacted = (value: string | Redacted.Redacted<string>): Redacted.Redacted<string> =>
  Redacted.isRedacted(value) ? value : Redacted.make(value)

const bearer = (token: Redacted.Redacted<string>) => Redacted.make(`Bearer ${Redacted.value(token)}`)

const trim = (url: string) => url.replace(/\/+$/, "")

/**
 * `fetch` drops `authorization` when a redirect leaves the origin, but not
 * `api-key`: a request carrying the key follows no redirect (only the fetch
 * transport reads this setting).
 */
const withoutRedirects = <A, E, R>(send: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.withFiber((fiber) =>
    Effect.provideService(send, FetchHttpClient.RequestInit, {
      ...Context.getOrUndefined(fiber.context, FetchHttpClient.RequestInit),
      redirect: "error"
    })
  )

const hasDeploymentSegment = (baseURL: string): boolean => {
  try {
    return new URL(baseURL).pathname.split("/").includes("deployments")
  } catch {
    return false
  }
}

/**
 * Makes the client service: the `OpenAIClient` settings with Azure's route,
 * `api-version` and auth, and its `azure` settings.
 *
 * @example
 * const client = yield* AzureOpenAI.make({ endpoint: "https://my-resource.openai.azure.com", apiKey: key, apiVersion: "2024-10-21" })
 * @category constructors
 * @since 0.1.0
 */
export const make = (
  options: Options
): Effect.Effect<
  Effect.Success<ReturnType<typeof OpenAIClient.make>> & { readonly azure: Settings },
  AzureOptionsError,
  HttpClient.HttpClient
> => {
  const {
    apiKey,
    apiVersion,
    azureADToken,
    azureADTokenProvider,
    azureADTokenTimeout,
    azureADTokenTTL,
    baseURL,
    deployment,
    endpoint,
    ...client
  } = options
  const tokens = [apiKey, azureADToken, azureADTokenProvider].filter((c) => c !== undefined).length
  if (tokens > 1) {
    return optionsError(
      "Pass only one of `apiKey`, `azureADToken` and `azureADTokenProvider` (AZURE_OPENAI_API_KEY, AZURE_OPENAI_AD_TOKEN)"
    )
  }
  if (tokens === 0) {
    return optionsError(
      "Missing credentials: pass `apiKey`, `azureADToken` or `azureADTokenProvider`, or set AZURE_OPENAI_API_KEY"
    )
  }
  if (baseURL !== undefined && endpoint !== undefined) return optionsError("Pass `endpoint` or `baseURL`, not both")
  if (baseURL === undefined && endpoint === undefined) {
    return optionsError("Missing endpoint: pass `endpoint` or set AZURE_OPENAI_ENDPOINT")
  }
  if (deployment !== undefined && Route.invalidDeployment(deployment) !== undefined) {
    return optionsError(Route.invalidDeployment(deployment)!)
  }
  const v1 = apiVersion === undefined || apiVersion === "v1"
  const base = trim(baseURL ?? `${trim(endpoint!)}/openai${v1 ? "/v1" : ""}`)
  const fixed = baseURL !== undefined && hasDeploymentSegment(base)
  const core = OpenAIClient.settings({
    ...client,
    baseURL: base,
    defaultQuery: v1 ? client.defaultQuery : { ...client.defaultQuery, "api-version": apiVersion }
  })
  const cache = azureADTokenProvider === undefined
    ? undefined
    : TokenCache.make(
      azureADTokenProvider,
      azureADTokenTTL === undefined ? undefined : Duration.fromInputUnsafe(azureADTokenTTL),
      azureADTokenTimeout === undefined ? core.timeout : Duration.fromInputUnsafe(azureADTokenTimeout)
    )
  const key = apiKey === undefined ? undefined : redacted(apiKey)
  const token = azureADToken === undefined ? undefined : redacted(azureADToken)
  const auth: Settings["auth"] = key !== undefined
    ? Effect.succeed(["api-key", key] as const)
    : Effect.map(cache?.get ?? Effect.succeed(token!), (t) => ["authorization", bearer(t)] as const)
  const inner = core.intercept
  const intercept: OpenAIClient.Intercept = (request, context, send, callOptions) => {
    const forward = inner === undefined
      ? send
      : (request: HttpClientRequest.HttpClientRequest) => inner(request, context, send, callOptions)
    let routed: HttpClientRequest.HttpClientRequest | Errors.InvalidRequestError = request
    if (!fixed && Route.isPerDeployment(context.method, context.path)) {
      const model = Operation.model(context, callOptions)
      routed = v1
        ? deployment === undefined ? request : Route.withModel(request, deployment, model)
        : Route.toDeployment(request, base, deployment ?? model)
    }
    if (Errors.isOpenAIError(routed)) return Effect.fail(routed)
    const ready = routed
    const sendWith = ([name, value]: readonly [string, Redacted.Redacted<string>]) => {
      const sent = forward(HttpClientRequest.setHeader(ready, name, Redacted.value(value)))
      return name === "api-key" ? withoutRedirects(sent) : sent
    }
    // A streamed upload cannot be sent twice: its 401 stands.
    if (cache === undefined || ready.body._tag === "Stream") return Effect.flatMap(auth, sendWith)
    return Effect.flatMap(cache.get, (token) =>
      Effect.catchIf(
        sendWith(["authorization", bearer(token)]),
        (error) => error._tag === "AuthenticationError",
        // The server rejected the token: drop it and send again, once, with a new one.
        (error) =>
          OpenAIClient.logRetry(`${context.method} ${context.path}`, error).pipe(
            Effect.andThen(cache.invalidate(token)),
            Effect.andThen(Effect.flatMap(auth, sendWith))
          )
      ))
  }
  return Effect.map(OpenAIClient.make({}), (service) => ({
    ...service,
    settings: { ...core, intercept },
    azure: {
      endpoint: endpoint === undefined ? undefined : trim(endpoint),
      baseURL: base,
      apiVersion: v1 ? undefined : apiVersion,
      deployment,
      auth
    }
  }))
}

/**
 * A layer of the Azure client with these options; bad options fail the
 * layer with an `AzureOptionsError`.
 *
 * @example
 * Effect.provide(AzureOpenAI.layer({ endpoint: "https://my-resource.openai.azure.com", azureADTokenProvider: getToken }))
 * @category layers
 * @since 0.1.0
 */
export const layer = (
  options: Options
): Layer.Layer<OpenAIClient.OpenAIClient, AzureOptionsError, HttpClient.HttpClient> =>
  Layer.effect(OpenAIClient.OpenAIClient, make(options))

/**
 * The options of `layerConfig`: the client's and the log level, each given
 * as a value or as a `Config` (`Config.Redacted("MY_AZURE_KEY")`) read when
 * the layer is built.
 *
 * @category models
 * @since 0.1.0
 */
export type ConfigOptions = OpenAIClient.Configurable<OpenAIClient.WithLogLevel<Options>>

/**
 * A layer that reads its settings through `Config`, like
 * `OpenAIClient.layerConfig`. An option given as a `Config` is read when the
 * layer is built (a missing or invalid value fails it with a `ConfigError`
 * naming the variable); an option given as a value is used as it is. What is
 * not given comes from the environment when set: `AZURE_OPENAI_ENDPOINT`,
 * `OPENAI_API_VERSION`, `AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_AD_TOKEN` and
 * `OPENAI_LOG`. A credential among the options (a token provider, say) means
 * the environment's credentials are not read, and a `baseURL` means
 * `AZURE_OPENAI_ENDPOINT` is not.
 *
 * @example
 * Effect.provide(AzureOpenAI.layerConfig({
 *   deployment: "gpt-4o-prod",
 *   apiKey: Config.Redacted("MY_AZURE_KEY")
 * }))
 * @category layers
 * @since 0.1.0
 */
export const layerConfig = (
  options: ConfigOptions = {}
): Layer.Layer<OpenAIClient.OpenAIClient, AzureOptionsError | Config.ConfigError, HttpClient.HttpClient> => {
  const credential = options.apiKey !== undefined || options.azureADToken !== undefined
    || options.azureADTokenProvider !== undefined
  return OpenAIClient.layerConfigWith(options, {
    ...(options.baseURL === undefined ? { endpoint: Config.String("AZURE_OPENAI_ENDPOINT") } : {}),
    apiVersion: Config.String("OPENAI_API_VERSION"),
    ...(credential ? {} : {
      apiKey: Config.Redacted("AZURE_OPENAI_API_KEY"),
      azureADToken: Config.Redacted("AZURE_OPENAI_AD_TOKEN")
    })
  }, make)
}
