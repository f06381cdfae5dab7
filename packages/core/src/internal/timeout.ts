/**
 * The pipeline's timeouts: one fiber and a plain timer per bounded effect,
 * instead of the two fibers `Effect.timeoutOrElse` races.
 */
import * as Clock from "effect/Clock"
import * as Context from "effect/Context"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as Errors from "../OpenAIError.ts"

// Node's setTimeout takes at most a signed 32-bit number of milliseconds.
const maxTimerMillis = 2 ** 31 - 1

/**
 * `self`, failing with the timeout error of `kind` when it takes longer than
 * `timeout`. `Effect.timeoutOrElse` races two forked fibers and interrupts
 * the loser on every call, which costs as much as the rest of the pipeline.
 * Here `self` runs in one fiber of its own (a fiber is what can be
 * interrupted when the time is up), started at once in the caller's
 * services and awaited with one callback, watched by a plain timer when the
 * clock is the live one (no `Clock` provided). A provided clock (`TestClock`)
 * is slept on in a second fiber, so virtual time still decides.
 */
export const timeout = <A, E>(
  self: Effect.Effect<A, E>,
  label: string,
  kind: Errors.TimeoutKind,
  timeout: Duration.Duration
): Effect.Effect<A, E | Errors.APIConnectionTimeoutError> =>
  Effect.withFiber((parent) => {
    const millis = Duration.toMillis(timeout)
    if (!Number.isFinite(millis)) return self
    const fork = Effect.runForkWith(parent.context)
    const live = Context.getOrUndefined(parent.context, Clock.Clock) === undefined && millis <= maxTimerMillis
    return Effect.callback<A, E | Errors.APIConnectionTimeoutError>((resume) => {
      // `resume` takes the first answer only: the child's exit or the expiry.
      let done = false
      let timer: ReturnType<typeof setTimeout> | undefined
      let sleeper: Fiber.Fiber<void> | undefined
      const stop = () => {
        done = true
        clearTimeout(timer)
        sleeper?.interruptUnsafe()
      }
      const child = fork(self)
      // A child that is done already calls its observer at once.
      child.addObserver((exit) => {
        stop()
        resume(exit)
      })
      const expire = () =>
        resume(Effect.andThen(
          Fiber.interrupt(child),
          Effect.fail(new Errors.APIConnectionTimeoutError({ request: label, kind, timeout }))
        ))
      if (!done) {
        if (live) timer = setTimeout(expire, millis)
        else sleeper = fork(Effect.andThen(parent.getRef(Clock.Clock).sleep(timeout), Effect.sync(expire)))
      }
      return Effect.suspend(() => {
        stop()
        return Fiber.interrupt(child)
      })
    })
  })
