/**
 * The pipeline's timeouts: one forked fiber and a plain timer per bounded
 * effect, instead of the two fibers `Effect.timeoutOrElse` races.
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
 * the loser on every call, which costs as much as the rest of the pipeline;
 * here `self` runs in one forked fiber watched by a plain timer when the
 * clock is the live one (no `Clock` provided). A provided clock (`TestClock`)
 * is slept on in a second fiber, so virtual time still decides.
 */
export const timeout = <A, E>(
  self: Effect.Effect<A, E>,
  label: string,
  kind: Errors.TimeoutKind,
  timeout: Duration.Duration
): Effect.Effect<A, E | Errors.APIConnectionTimeoutError> =>
  Effect.withFiber((fiber) => {
    const millis = Duration.toMillis(timeout)
    if (!Number.isFinite(millis)) return self
    const live = Context.getOrUndefined(fiber.context, Clock.Clock) === undefined && millis <= maxTimerMillis
    return Effect.flatMap(Effect.forkChild(self, { startImmediately: true }), (child) =>
      Effect.flatMap(live ? Effect.undefined : Effect.forkChild(Effect.sleep(timeout)), (sleeper) =>
        Effect.callback<A, E | Errors.APIConnectionTimeoutError>((resume) => {
          // The first of the child's exit and the timer decides; an observer
          // that fires later (an interrupted fiber's) finds `done`.
          let done = false
          let timer: ReturnType<typeof setTimeout> | undefined
          const interruptSleeper = sleeper === undefined ? Effect.void : Fiber.interrupt(sleeper)
          const finish = (result: Effect.Effect<A, E | Errors.APIConnectionTimeoutError>) => {
            if (done) {
              return
            }
            done = true
            clearTimeout(timer)
            resume(result)
          }
          const expire = () =>
            finish(Effect.andThen(
              Effect.andThen(Fiber.interrupt(child), interruptSleeper),
              Effect.fail(new Errors.APIConnectionTimeoutError({ request: label, kind, timeout }))
            ))
          // A child that is done already calls its observer at once.
          child.addObserver((exit) =>
            finish(sleeper === undefined ? exit : Effect.andThen(interruptSleeper, exit))
          )
          if (done) {
            return
          }
          if (sleeper === undefined) {
            timer = setTimeout(expire, millis)
          } else {
            sleeper.addObserver(expire)
          }
          return Effect.suspend(() => {
            done = true
            clearTimeout(timer)
            return Effect.andThen(Fiber.interrupt(child), interruptSleeper)
          })
        })))
  })
