/**
 * The Entra ID token every call of one Azure client shares: fetched once for
 * any number of concurrent callers, reused until shortly before it expires,
 * and dropped when the server rejects it.
 */
import * as Errors from "@openai-effect/core/OpenAIError"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as Clock from "effect/Clock"
import * as Deferred from "effect/Deferred"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"

/** A token as a provider gives it. */
export type Token = string | Redacted.Redacted<string>

/**
 * What `@azure/identity`'s `getBearerTokenProvider` returns, or an Effect of
 * a token.
 */
export type TokenProvider = (() => PromiseLike<Token>) | Effect.Effect<Token, unknown>

/** The shared token: `get` before each attempt, `invalidate` after a 401. */
export interface TokenCache {
  readonly get: Effect.Effect<Redacted.Redacted<string>, OpenAIError>
  /** Drops `rejected` if it is still the cached token, so the next `get` fetches another. */
  readonly invalidate: (rejected: Redacted.Redacted<string>) => Effect.Effect<void>
}

/**
 * How long before its `exp` a JWT is replaced: enough for a request in
 * flight to arrive while the token is still valid.
 */
export const refreshMargin = Duration.minutes(2)

const failure = (description: string) => new Errors.InvalidRequestError({ request: "Azure AD token", description })

const causeText = (cause: unknown): string =>
  cause instanceof Error ? cause.message : typeof cause === "string" ? cause : "unknown cause"

/** The provider as one Effect of a non-empty `Redacted` token. */
const fetchWith = (provider: TokenProvider): Effect.Effect<Redacted.Redacted<string>, OpenAIError> => {
  const raw: Effect.Effect<Token, OpenAIError> = typeof provider === "function"
    ? Effect.tryPromise({
      try: () => Promise.resolve(provider()),
      catch: (cause) => failure(`The Azure AD token provider failed: ${causeText(cause)}`)
    })
    : Effect.mapError(
      provider,
      (cause) =>
        Errors.isOpenAIError(cause) ? cause : failure(`The Azure AD token provider failed: ${causeText(cause)}`)
    )
  return Effect.flatMap(raw, (token) => {
    const value = Redacted.isRedacted(token) ? Redacted.value(token) : token
    return typeof value === "string" && value.length > 0
      ? Effect.succeed(Redacted.make(value))
      : Effect.fail(failure("The Azure AD token provider returned an empty token"))
  })
}

/** A JWT's `exp` in milliseconds, when the token is a JWT that has one. */
export const jwtExpiry = (token: string): number | undefined => {
  const payload = token.split(".")[1]
  if (payload === undefined) return undefined
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, "+").replace(/_/g, "/"))) as { readonly exp?: unknown }
    return typeof json.exp === "number" && Number.isFinite(json.exp) ? json.exp * 1000 : undefined
  } catch {
    return undefined
  }
}

/**
 * The cache over `provider`. A token is reused until `refreshMargin` before
 * its JWT `exp`, else for `ttl` when one is given; otherwise it serves only
 * the callers that were waiting for it. The fetch runs in its own fiber, so a
 * caller that is interrupted does not cancel it for the others; it is bounded
 * by `timeout`, because a provider that never answers would otherwise keep
 * every later caller waiting on it too.
 */
export const make = (
  provider: TokenProvider,
  ttl: Duration.Duration | undefined,
  timeout: Duration.Duration
): TokenCache => {
  const fetch = Effect.timeoutOrElse(fetchWith(provider), {
    duration: timeout,
    orElse: () =>
      Effect.fail(new Errors.APIConnectionTimeoutError({ request: "Azure AD token", kind: "request", timeout }))
  })
  let cached: { readonly token: Redacted.Redacted<string>; readonly until: number } | undefined
  let pending: Deferred.Deferred<Redacted.Redacted<string>, OpenAIError> | undefined
  const store = (deferred: Deferred.Deferred<Redacted.Redacted<string>, OpenAIError>) =>
    Effect.flatMap(Effect.exit(fetch), (exit) =>
      Effect.flatMap(Clock.currentTimeMillis, (now) => {
        pending = undefined
        if (exit._tag === "Success") {
          const token = exit.value
          const expiry = jwtExpiry(Redacted.value(token))
          const until = expiry !== undefined
            ? expiry - Duration.toMillis(refreshMargin)
            : ttl === undefined
            ? now
            : now + Duration.toMillis(ttl)
          cached = until > now ? { token, until } : undefined
        }
        return Deferred.done(deferred, exit)
      }))
  const get = Effect.flatMap(Clock.currentTimeMillis, (now) => {
    if (cached !== undefined && now < cached.until) return Effect.succeed(cached.token)
    if (pending !== undefined) return Deferred.await(pending)
    const deferred = pending = Deferred.makeUnsafe<Redacted.Redacted<string>, OpenAIError>()
    return Effect.andThen(Effect.forkDetach(store(deferred)), Deferred.await(deferred))
  })
  return {
    get,
    invalidate: (rejected) =>
      Effect.sync(() => {
        if (cached?.token === rejected) cached = undefined
      })
  }
}
