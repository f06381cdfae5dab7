/**
 * Per-call options, the last word over the client's settings for one request.
 *
 * ```ts
 * ChatCompletions.create(params, {
 *   timeout: "30 seconds",
 *   maxRetries: 5,
 *   headers: { "X-Trace": traceId },
 *   body: { provider_specific_flag: true }
 * })
 * ```
 *
 * @since 0.1.0
 */
import type * as Duration from "effect/Duration"
import type { RetryPolicy } from "./RetryPolicy.ts"

/**
 * Options for one call. Durations are `Duration.Input`: a plain number is
 * milliseconds.
 *
 * @category models
 * @since 0.1.0
 */
export interface RequestOptions {
  /** Extra headers; `null` removes a header the client would send. */
  readonly headers?: Readonly<Record<string, string | null | undefined>> | undefined
  /** Extra query parameters, merged over the operation's. */
  readonly query?: Readonly<Record<string, unknown>> | undefined
  /** Extra JSON body fields, merged over the operation's (for fields the types do not know yet). */
  readonly body?: Readonly<Record<string, unknown>> | undefined
  /** Limit for one attempt: headers and body, or the headers of a stream. */
  readonly timeout?: Duration.Input | undefined
  /** Limit on the wait for the next chunk of a streamed body. */
  readonly idleTimeout?: Duration.Input | undefined
  /** Deadline for the whole call, across retries. */
  readonly totalTimeout?: Duration.Input | undefined
  /** Retries of the default policy; `0` sends exactly one request. */
  readonly maxRetries?: number | undefined
  /** A retry policy replacing the default one (and `maxRetries`). */
  readonly retry?: RetryPolicy | undefined
  /** `Idempotency-Key` sent with every attempt of this call. */
  readonly idempotencyKey?: string | undefined
}
