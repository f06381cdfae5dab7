/**
 * Faults on request, for the examples of errors, retries and timeouts: a request header
 * `x-mock-fault: <kind>[*<count>]` makes the first `count` attempts of a call (attempts share their
 * `idempotency-key`; without one, each request is its own call) fail that way, and the ones after
 * them get the normal answer. Without a count every attempt fails.
 *
 * - `429`: the API's rate-limit error, with `retry-after-ms: 200` and `retry-after: 1`;
 * - `500`, `503`: a server error in the API's shape;
 * - `slow`: the normal answer, its body held back for `x-mock-slow-ms` (default 1000) after the headers;
 * - `stall`: no answer at all until the client gives up.
 */
import type { Context } from "./http.ts"
import { HttpError, sendError } from "./http.ts"

/** Attempts seen per call, by fault header and idempotency key. */
export type FaultState = Map<string, number>

const header = (ctx: Context, name: string): string | undefined => {
  const value = ctx.req.headers[name]
  return typeof value === "string" ? value : undefined
}

/**
 * Answers the request with its fault, if it asks for one and this attempt is among the failing:
 * `"handled"` when the answer is given (or withheld), `"slow"` when the normal answer should be
 * sent slowly, `undefined` when it should be sent as usual.
 */
export const inject = (ctx: Context, state: FaultState): "handled" | "slow" | undefined => {
  const fault = header(ctx, "x-mock-fault")
  if (fault === undefined) return undefined
  const match = /^(429|500|503|slow|stall)(?:\*(\d+))?$/.exec(fault.trim())
  if (match === null) {
    throw new HttpError(400, {
      message: `x-mock-fault: expected 429, 500, 503, slow or stall, optionally *count; got '${fault}'`,
      type: "invalid_request_error",
      param: null,
      code: null
    })
  }
  const key = header(ctx, "idempotency-key")
  const attempt = key === undefined ? 1 : (state.get(`${fault}|${key}`) ?? 0) + 1
  if (key !== undefined) state.set(`${fault}|${key}`, attempt)
  if (match[2] !== undefined && attempt > Number(match[2])) return undefined
  switch (match[1]) {
    case "429":
      sendError(
        ctx,
        new HttpError(429, {
          message: "Rate limit reached for requests. Please try again in 200ms.",
          type: "requests",
          param: null,
          code: "rate_limit_exceeded"
        }),
        { "retry-after-ms": "200", "retry-after": "1" }
      )
      return "handled"
    case "500":
    case "503":
      sendError(
        ctx,
        new HttpError(Number(match[1]), {
          message: "The server had an error while processing your request. Sorry about that!",
          type: "server_error",
          param: null,
          code: null
        })
      )
      return "handled"
    case "stall":
      // Headers are never sent: the client's attempt timeout decides.
      return "handled"
    default:
      return "slow"
  }
}

/**
 * Runs `send` with the body of its response held back: the headers go out at once, the end of
 * the body `x-mock-slow-ms` milliseconds (default 1000) later, or never if the client leaves.
 */
export const slowly = async (ctx: Context, send: () => void | Promise<void>): Promise<void> => {
  const delay = Number(header(ctx, "x-mock-slow-ms") ?? 1000)
  const res = ctx.res
  const end = res.end.bind(res) as (...args: Array<unknown>) => void
  let held: Array<unknown> = []
  res.end = ((...args: Array<unknown>) => {
    held = args
    return res
  }) as typeof res.end
  await send()
  res.flushHeaders()
  const timer = setTimeout(() => end(...held), delay)
  res.once("close", () => clearTimeout(timer))
}
