/**
 * Polling an object of the API (a run, a vector-store file, a batch) until its
 * `status` is terminal, as a `Schedule`.
 *
 * ```ts
 * const batch = yield* Poll.until(Batches.retrieve(batchId), ["completed", "failed", "expired", "cancelled"], {
 *   pollInterval: "10 seconds", // else the server's `openai-poll-after-ms`, else 5 seconds
 *   maxWait: "1 hour" // else no deadline
 * })
 * ```
 *
 * The rules, the official SDK's and two more:
 * - the wait between polls is the `pollInterval` option when given (it wins),
 *   else the server's `openai-poll-after-ms` header, else 5 seconds;
 * - every terminal status ends the poll with that state;
 * - any other status, including one this library does not know, waits the
 *   same interval: an unknown status never turns the poll into a tight loop;
 * - past `maxWait` (measured from the first request) the poll fails with a
 *   `PollTimeoutError` carrying the last state seen; the last poll happens at
 *   the deadline, not after it;
 * - interrupting the poll stops it between two requests or during one;
 *   `cancelOnInterrupt` also asks the server to stop the work.
 *
 * `schedule` and `observe` are the two halves of `until`, for composing with
 * other schedules (`Poll.schedule(terminal).pipe(Schedule.upTo({ times: 10 }))`).
 *
 * @since 0.1.0
 */
import type * as Cause from "effect/Cause"
import { done } from "effect/Cause"
import * as Clock from "effect/Clock"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { dual } from "effect/Function"
import * as Schedule from "effect/Schedule"
import * as Stream from "effect/Stream"
import type { RequestOptions } from "./RequestOptions.ts"
import * as ResponseMetadata from "./ResponseMetadata.ts"

/**
 * How long to wait between polls and how long to poll at most. Durations are
 * `Duration.Input`: a plain number is milliseconds.
 *
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /** The wait between two polls; wins over the server's `openai-poll-after-ms`. */
  readonly pollInterval?: Duration.Input | undefined
  /** Give up with a `PollTimeoutError` after this long; no deadline when absent. */
  readonly maxWait?: Duration.Input | undefined
}

/**
 * The options of a helper that makes calls and polls (`ThreadsRuns.createAndPoll`):
 * the per-request options of each call, plus the poll's.
 *
 * @category models
 * @since 0.1.0
 */
export interface CallOptions extends RequestOptions, Options {}

/**
 * What one poll saw: the object, and the wait the server asked for
 * (`openai-poll-after-ms`), when it sent a usable one.
 *
 * @category models
 * @since 0.1.0
 */
export interface Observation<A> {
  readonly state: A
  readonly pollAfter: Duration.Duration | undefined
}

/**
 * An object whose `status` the poll reads.
 *
 * @category models
 * @since 0.1.0
 */
export interface HasStatus {
  readonly status?: string | null | undefined
}

/**
 * The poll reached its `maxWait` before a terminal status. `last` is the last
 * state seen.
 *
 * @category errors
 * @since 0.1.0
 */
export interface PollTimeoutError<A> extends Cause.YieldableError, PollTimeoutFields<A> {
  readonly _tag: "PollTimeoutError"
}

/**
 * The fields of a `PollTimeoutError`.
 *
 * @category errors
 * @since 0.1.0
 */
export interface PollTimeoutFields<A> {
  readonly last: A
  readonly maxWait: Duration.Duration
}

const statusOf = (state: unknown): string | undefined => {
  const status = (state as HasStatus | null | undefined)?.status
  return typeof status === "string" ? status : undefined
}

/**
 * The constructor of `PollTimeoutError`.
 *
 * @example
 * Effect.catchTag(poll, "PollTimeoutError", (e) => Effect.succeed(e.last))
 * @category errors
 * @since 0.1.0
 */
export const PollTimeoutError: new<A>(fields: PollTimeoutFields<A>) => PollTimeoutError<A> = /*#__PURE__*/ (() =>
  // A class cannot extend a base that mentions its own type parameter, so the
  // class holds `unknown` and the declared constructor gives `last` its type.
  class extends Data.TaggedError("PollTimeoutError")<PollTimeoutFields<unknown>> {
    override get message(): string {
      const status = statusOf(this.last)
      return `Polling gave up after ${Duration.format(this.maxWait)}${
        status === undefined ? "" : `; the last status was ${status}`
      }`
    }
    override toJSON(): unknown {
      return { _tag: this._tag, maxWait: Duration.toMillis(this.maxWait), status: statusOf(this.last) }
    }
  })() as never

// The official SDK's wait when neither the caller nor the server says.
const DEFAULT_INTERVAL_MS = 5000

/**
 * Reads `openai-poll-after-ms`: a whole, positive number of milliseconds.
 * Anything else is ignored, so a zero or garbled header cannot make the poll
 * spin.
 */
const pollAfter = (headers: Readonly<Record<string, string>>): Duration.Duration | undefined => {
  const raw = headers["openai-poll-after-ms"]
  if (raw === undefined || !/^\s*\d+\s*$/.test(raw)) return undefined
  const ms = Number(raw)
  return ms > 0 ? Duration.millis(ms) : undefined
}

/**
 * Runs one retrieval and pairs its result with the server's requested wait.
 *
 * @example
 * const observed = yield* Poll.observe(ThreadsRuns.retrieve(runId, { thread_id }))
 * @category constructors
 * @since 0.1.0
 */
export const observe = <A, E, R>(retrieve: Effect.Effect<A, E, R>): Effect.Effect<Observation<A>, E, R> =>
  Effect.map(
    ResponseMetadata.withResponse(retrieve),
    ({ data, response }) => ({ state: data, pollAfter: pollAfter(response.headers) })
  )

/**
 * The poll's `Schedule`: fed each `Observation`, it ends with the state when
 * its status is in `terminal`, and otherwise waits `pollInterval`, the server's
 * `openai-poll-after-ms`, or 5 seconds. Past `maxWait` it fails with a
 * `PollTimeoutError`.
 *
 * @example
 * const run = yield* Poll.observe(retrieve).pipe(Effect.repeat(Poll.schedule(["completed", "failed"])))
 * @category schedules
 * @since 0.1.0
 */
export const schedule = <A extends HasStatus>(
  terminal: ReadonlyArray<NonNullable<A["status"]>>,
  options?: Options
): Schedule.Schedule<A, Observation<A>, PollTimeoutError<A>> => {
  const explicit = options?.pollInterval === undefined ? undefined : Duration.fromInputUnsafe(options.pollInterval)
  const maxWait = options?.maxWait === undefined ? undefined : Duration.fromInputUnsafe(options.maxWait)
  const ends = new Set<string>(terminal)
  return Schedule.fromStep(Effect.map(Clock.currentTimeMillis, (start) => (now: number, seen: Observation<A>) => {
    const status = statusOf(seen.state)
    if (status !== undefined && ends.has(status)) return done(seen.state)
    const wait = explicit ?? seen.pollAfter ?? Duration.millis(DEFAULT_INTERVAL_MS)
    if (maxWait === undefined) return Effect.succeed([seen.state, wait] as [A, Duration.Duration])
    const left = Duration.toMillis(maxWait) - (now - start)
    if (left <= 0) return Effect.fail(new PollTimeoutError({ last: seen.state, maxWait }))
    return Effect.succeed([seen.state, Duration.min(wait, Duration.millis(left))] as [A, Duration.Duration])
  }))
}

/**
 * Retrieves the object, and again on the poll's schedule, until its status is
 * in `terminal`; succeeds with that last state (a failed run is a state, not
 * an error). Errors of the retrieval end the poll as they are.
 *
 * @example
 * const run = yield* Poll.until(ThreadsRuns.retrieve(runId, { thread_id }), ["completed", "failed", "cancelled"])
 * @category constructors
 * @since 0.1.0
 */
export const until = <A extends HasStatus, E, R>(
  retrieve: Effect.Effect<A, E, R>,
  terminal: ReadonlyArray<NonNullable<A["status"]>>,
  options?: Options
): Effect.Effect<A, E | PollTimeoutError<A>, R> => Effect.repeat(observe(retrieve), schedule<A>(terminal, options))

/**
 * The poll as a `Stream` of every state seen, the terminal one last: for
 * reporting progress. Same rules as `until`.
 *
 * @example
 * yield* Poll.stream(Batches.retrieve(id), ["completed", "failed"]).pipe(Stream.runForEach((b) => Console.log(b.status)))
 * @category constructors
 * @since 0.1.0
 */
export const stream = <A extends HasStatus, E, R>(
  retrieve: Effect.Effect<A, E, R>,
  terminal: ReadonlyArray<NonNullable<A["status"]>>,
  options?: Options
): Stream.Stream<A, E | PollTimeoutError<A>, R> =>
  Stream.map(Stream.fromEffectSchedule(observe(retrieve), schedule<A>(terminal, options)), (seen) => seen.state)

/**
 * When `self` is interrupted, runs `cancel` (a call that stops the work on the
 * server, such as `ThreadsRuns.cancel`) before the interruption completes. A
 * failing cancel is ignored: the interruption is what the caller asked for.
 *
 * @example
 * Poll.until(Batches.retrieve(id), terminal).pipe(Poll.cancelOnInterrupt(Batches.cancel(id)))
 * @category combinators
 * @since 0.1.0
 */
export const cancelOnInterrupt: {
  <X, E2, R2>(cancel: Effect.Effect<X, E2, R2>): <A, E, R>(self: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R | R2>
  <A, E, R, X, E2, R2>(self: Effect.Effect<A, E, R>, cancel: Effect.Effect<X, E2, R2>): Effect.Effect<A, E, R | R2>
} = /*#__PURE__*/ dual(
  2,
  <A, E, R, X, E2, R2>(self: Effect.Effect<A, E, R>, cancel: Effect.Effect<X, E2, R2>) =>
    Effect.onInterrupt(self, () => Effect.ignore(cancel))
)

/**
 * Starts server work (`start`, a create call), then polls it (`poll`, given
 * what `start` returned); interrupting the poll runs `cancel` for that work.
 * The step from start to poll is uninterruptible, so an interruption landing
 * just after the work was created still cancels it; interrupting `start`
 * itself sends nothing, as there is no id to cancel yet.
 *
 * @example
 * const batch = yield* Poll.startAndPoll(
 *   Batches.create(params),
 *   (batch) => Poll.until(Batches.retrieve(batch.id), ["completed", "failed", "expired", "cancelled"]),
 *   (batch) => Batches.cancel(batch.id)
 * )
 * @category constructors
 * @since 0.1.0
 */
export const startAndPoll = <S, E, R, A, E2, R2, X, E3, R3>(
  start: Effect.Effect<S, E, R>,
  poll: (started: S) => Effect.Effect<A, E2, R2>,
  cancel: (started: S) => Effect.Effect<X, E3, R3>
): Effect.Effect<A, E | E2, R | R2 | R3> =>
  Effect.uninterruptibleMask((restore) =>
    Effect.flatMap(restore(start), (started) => cancelOnInterrupt(restore(poll(started)), cancel(started)))
  )
