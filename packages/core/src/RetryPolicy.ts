/**
 * When and how long to wait before sending a failed request again.
 *
 * A retry policy is an Effect `Schedule` fed with the `OpenAIError` of the
 * attempt that failed. The client only ever offers it errors that are worth
 * retrying (`isRetryable`), so a policy decides timing and count, never
 * whether a 400 deserves another try. The default, `make`, follows the rules
 * of the official SDK: `min(0.5s * 2^n, 8s)` with jitter down to 75%, and the
 * server's `retry-after-ms` / `retry-after` when they are within a cap.
 *
 * ```ts
 * // any Schedule works as a policy:
 * ChatCompletions.create(params, { retry: Schedule.max([Schedule.spaced("1 second"), Schedule.recurs(5)]) })
 * ```
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Random from "effect/Random"
import * as Schedule from "effect/Schedule"
import type { OpenAIError } from "./OpenAIError.ts"

/**
 * A `Schedule` over the errors of failed attempts. Its output is ignored.
 *
 * @category models
 * @since 0.1.0
 */
export type RetryPolicy = Schedule.Schedule<unknown, OpenAIError>

/**
 * The longest server-requested delay the default policy waits for (60 s).
 *
 * @category constants
 * @since 0.1.0
 */
export const defaultMaxRetryAfter: Duration.Duration = /*#__PURE__*/ Duration.seconds(60)

/**
 * `true` when a failed attempt may succeed if sent again: connection errors,
 * timeouts of one attempt, 408, 409, 429 and statuses of 500 and above. A
 * server's `x-should-retry: true|false` header overrides the status.
 *
 * @example
 * Effect.retry(effect, { schedule, while: RetryPolicy.isRetryable })
 * @category predicates
 * @since 0.1.0
 */
export const isRetryable = (error: OpenAIError): boolean => {
  switch (error._tag) {
    case "APIConnectionError":
      return true
    case "APIConnectionTimeoutError":
      return error.kind !== "total"
    case "DecodeError":
    case "StreamError":
    case "InvalidRequestError":
      return false
  }
  const shouldRetry = error.headers["x-should-retry"]
  if (shouldRetry === "true") return true
  if (shouldRetry === "false") return false
  const status = error.status
  return status === 408 || status === 409 || status === 429 || status >= 500
}

/**
 * The delay a response asked for: `retry-after-ms` (milliseconds), else
 * `retry-after` as seconds or as an HTTP date (relative to `now`).
 *
 * @example
 * RetryPolicy.retryAfter({ "retry-after": "2" }, Date.now()) // 2 seconds
 * @category parsing
 * @since 0.1.0
 */
export const retryAfter = (
  headers: Readonly<Record<string, string>>,
  now: number
): Duration.Duration | undefined => {
  const millis = Number.parseFloat(headers["retry-after-ms"]!)
  const after = headers["retry-after"] ?? ""
  // Only a plain number is seconds: `parseFloat` would read a date's day.
  const seconds = /^\s*[\d.]+\s*$/.test(after) ? Number.parseFloat(after) : Number.NaN
  const requested = Number.isFinite(millis)
    ? millis
    : Number.isFinite(seconds)
    ? seconds * 1000
    : Date.parse(after) - now
  return Number.isNaN(requested) ? undefined : Duration.millis(Math.max(0, requested))
}

/**
 * The exponential backoff before retry number `attempt` (1-based), before
 * jitter: 0.5 s, 1 s, 2 s, 4 s, then 8 s.
 *
 * @example
 * RetryPolicy.backoff(3) // 2 seconds
 * @category constructors
 * @since 0.1.0
 */
export const backoff = (attempt: number): Duration.Duration => Duration.millis(Math.min(500 * 2 ** (attempt - 1), 8000))

/**
 * How long the default policy waits before retry number `attempt` (1-based)
 * after `error`, or `undefined` to stop: after `maxRetries` retries, or when
 * the server asked for a delay longer than `maxRetryAfter`. A requested delay
 * within the cap is used as it is; otherwise `backoff(attempt)` is scaled by
 * `1 - random() * 0.25`, where `random` draws a number in [0, 1) and is only
 * called when it is needed.
 *
 * @example
 * RetryPolicy.delay(error, 1, { maxRetries: 2, maxRetryAfter: Duration.seconds(60), now: Date.now(), random: Math.random })
 * @category constructors
 * @since 0.1.0
 */
export const delay = (
  error: OpenAIError,
  attempt: number,
  options: {
    readonly maxRetries: number
    readonly maxRetryAfter: Duration.Duration
    readonly now: number
    readonly random: () => number
  }
): Duration.Duration | undefined => {
  if (attempt > options.maxRetries) return undefined
  const requested = "headers" in error ? retryAfter(error.headers, options.now) : undefined
  if (requested === undefined) {
    return Duration.millis(Duration.toMillis(backoff(attempt)) * (1 - options.random() * 0.25))
  }
  return Duration.toMillis(requested) > Duration.toMillis(options.maxRetryAfter) ? undefined : requested
}

/**
 * The default policy as a `Schedule`: at most `maxRetries` retries, each
 * after the server's requested delay when it sent one no longer than
 * `maxRetryAfter`, else after `backoff(n)` scaled by a random factor in
 * (0.75, 1] (see `delay`). A requested delay above the cap stops retrying at
 * once, so the caller sees the error (and its `retryAfter`) instead of a long
 * silent wait. The client runs the same rules without a `Schedule` when no
 * policy is given.
 *
 * @example
 * const policy = RetryPolicy.make({ maxRetries: 5, maxRetryAfter: "2 minutes" })
 * @category constructors
 * @since 0.1.0
 */
export const make = (options: {
  readonly maxRetries: number
  readonly maxRetryAfter?: Duration.Input | undefined
}): RetryPolicy => {
  const maxRetryAfter = options.maxRetryAfter === undefined
    ? defaultMaxRetryAfter
    : Duration.fromInputUnsafe(options.maxRetryAfter)
  return Schedule.fromStepWithMetadata(Effect.withFiber((fiber) => {
    const random = fiber.getRef(Random.Random)
    const next = () => random.nextDoubleUnsafe()
    return Effect.succeed((meta: Schedule.InputMetadata<OpenAIError>) => {
      const wait = delay(meta.input, meta.attempt, {
        maxRetries: options.maxRetries,
        maxRetryAfter,
        now: meta.now,
        random: next
      })
      return wait === undefined ? Cause.done(meta.attempt) : Effect.succeed([meta.attempt, wait] as const)
    })
  }))
}
