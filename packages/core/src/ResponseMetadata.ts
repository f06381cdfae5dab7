/**
 * What the HTTP response said besides its body: status, headers, the request
 * id to quote to OpenAI support, and the rate-limit budget left.
 *
 * Errors carry these as fields. For successes, wrap a call:
 *
 * ```ts
 * const { data, response } = yield* ChatCompletions.create(params).pipe(ResponseMetadata.withResponse)
 * console.log(response.requestId, response.rateLimit.remainingTokens)
 * ```
 *
 * @since 0.1.0
 */
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import { dual } from "effect/Function"
import * as Stream from "effect/Stream"

/**
 * The `x-ratelimit-*` headers, parsed. Resets are kept as sent (`"6m0s"`).
 *
 * @category models
 * @since 0.1.0
 */
export interface RateLimit {
  readonly limitRequests: number | undefined
  readonly remainingRequests: number | undefined
  readonly resetRequests: string | undefined
  readonly limitTokens: number | undefined
  readonly remainingTokens: number | undefined
  readonly resetTokens: string | undefined
}

/**
 * The metadata of one response.
 *
 * @category models
 * @since 0.1.0
 */
export interface ResponseMetadata {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly requestId: string | undefined
  readonly rateLimit: RateLimit
}

const int = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined
  const n = Number.parseInt(value, 10)
  return Number.isNaN(n) ? undefined : n
}

/**
 * Reads the metadata out of response headers.
 *
 * @example
 * ResponseMetadata.fromHeaders(200, { "x-request-id": "req_1" }).requestId // "req_1"
 * @category constructors
 * @since 0.1.0
 */
export const fromHeaders = (status: number, headers: Readonly<Record<string, string>>): ResponseMetadata => ({
  status,
  headers,
  requestId: headers["x-request-id"],
  rateLimit: {
    limitRequests: int(headers["x-ratelimit-limit-requests"]),
    remainingRequests: int(headers["x-ratelimit-remaining-requests"]),
    resetRequests: headers["x-ratelimit-reset-requests"],
    limitTokens: int(headers["x-ratelimit-limit-tokens"]),
    remainingTokens: int(headers["x-ratelimit-remaining-tokens"]),
    resetTokens: headers["x-ratelimit-reset-tokens"]
  }
})

/**
 * Called with the status and headers of every successful response inside its
 * scope; the default does nothing. `tap` installs one that reads them into a
 * `ResponseMetadata`, so calls outside a `tap` never parse rate-limit headers
 * (and programs that never tap carry no code for it).
 *
 * @category references
 * @since 0.1.0
 */
export const CurrentListener = Context.Reference<
  ((status: number, headers: Readonly<Record<string, string>>) => void) | undefined
>("@openai-effect/core/ResponseMetadata/CurrentListener", { defaultValue: () => undefined })

const listener =
  (f: (metadata: ResponseMetadata) => void) => (status: number, headers: Readonly<Record<string, string>>): void =>
    f(fromHeaders(status, headers))

/**
 * Runs `f` with the metadata of each successful response of the calls in
 * `self` (each page of a list, the response that opened a stream).
 *
 * @example
 * Files.list().pipe(Stream.runCollect, ResponseMetadata.tap((m) => console.log(m.requestId)))
 * @category combinators
 * @since 0.1.0
 */
export const tap: {
  (f: (metadata: ResponseMetadata) => void): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  <A, E, R>(self: Effect.Effect<A, E, R>, f: (metadata: ResponseMetadata) => void): Effect.Effect<A, E, R>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R>(self: Effect.Effect<A, E, R>, f: (metadata: ResponseMetadata) => void) =>
    Effect.provideService(self, CurrentListener, listener(f))
)

/**
 * `tap` for a `Stream`: `f` sees the response that opened it (and each page of
 * a list) before the first element flows.
 *
 * @example
 * ChatCompletions.createStream(params).pipe(ResponseMetadata.tapStream((m) => console.log(m.requestId)))
 * @category combinators
 * @since 0.1.0
 */
export const tapStream: {
  (f: (metadata: ResponseMetadata) => void): <A, E, R>(self: Stream.Stream<A, E, R>) => Stream.Stream<A, E, R>
  <A, E, R>(self: Stream.Stream<A, E, R>, f: (metadata: ResponseMetadata) => void): Stream.Stream<A, E, R>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R>(self: Stream.Stream<A, E, R>, f: (metadata: ResponseMetadata) => void) =>
    Stream.provideService(self, CurrentListener, listener(f))
)

/**
 * Pairs the result of a call with the metadata of its (last) response.
 *
 * @example
 * const { data, response } = yield* Models.list().pipe(ResponseMetadata.withResponse)
 * @category combinators
 * @since 0.1.0
 */
export const withResponse = <A, E, R>(
  self: Effect.Effect<A, E, R>
): Effect.Effect<{ readonly data: A; readonly response: ResponseMetadata }, E, R> =>
  Effect.suspend(() => {
    let response: ResponseMetadata | undefined
    return Effect.map(
      tap(self, (metadata) => {
        response = metadata
      }),
      (data) => ({ data, response: response ?? fromHeaders(0, {}) })
    )
  })
