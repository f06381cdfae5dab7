/**
 * A tiny scripted `node:http` server on 127.0.0.1 for fault-injection tests.
 *
 * Each request is answered by the next step of the script (the last step
 * repeats when `repeatLast` is set; otherwise an unscripted request gets a 599
 * with `x-should-retry: false`, so a test sees it instead of hanging and the
 * client does not retry it). Every request is recorded with its
 * headers, body, arrival time and whether the client went away before the
 * server finished answering, so a test can assert exact request counts, retry
 * delays and that interruption closed the connection.
 *
 * The server lives in a `Scope`: closing the scope stops every timer a step
 * started, destroys every open connection and closes the listener.
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"

/** One request as the server saw it. */
export interface Recorded {
  readonly index: number
  readonly method: string
  readonly url: string
  readonly headers: Http.IncomingHttpHeaders
  readonly body: string
  /** `performance.now()` when the request's body had been read. */
  readonly receivedAt: number
  /** `performance.now()` when the response closed (answered, reset or abandoned by the client). */
  closedAt: number | undefined
  /** The response closed before the server finished it: a scripted reset, or the client went away. */
  cutShort: boolean
}

/** What a step gets to answer one request with. */
export interface StepContext {
  readonly request: Http.IncomingMessage
  readonly response: Http.ServerResponse
  readonly recorded: Recorded
  /** Runs `f` after `ms`, unless the server or the response closed first. */
  readonly after: (ms: number, f: () => void) => void
  /** Runs `f` every `ms` until the response closes (bounded by `maxTicks`). */
  readonly every: (ms: number, maxTicks: number, f: (tick: number) => void) => void
}

/** One scripted answer. */
export type Step = (context: StepContext) => void

/** A running server. */
export interface FaultServer {
  /** `http://127.0.0.1:<port>`, to use as the client's `baseURL`. */
  readonly url: string
  readonly requests: ReadonlyArray<Recorded>
  /** Waits until the server has received `count` requests (fails the test after `timeoutMs`). */
  readonly awaitRequests: (count: number, timeoutMs?: number) => Effect.Effect<void>
  /** Waits until request `index` has closed (fails the test after `timeoutMs`). */
  readonly awaitClose: (index: number, timeoutMs?: number) => Effect.Effect<Recorded>
}

const sseHeaders = { "content-type": "text/event-stream", "cache-control": "no-cache" }

/** Answers with `status` and a JSON body. */
export const json = (status: number, body: unknown, headers: Http.OutgoingHttpHeaders = {}): Step => ({ response }) => {
  response.writeHead(status, { "content-type": "application/json", ...headers })
  response.end(JSON.stringify(body))
}

/** Answers with `status` and a raw text body (malformed JSON, an HTML page...). */
export const text = (status: number, body: string, headers: Http.OutgoingHttpHeaders = {}): Step => ({ response }) => {
  response.writeHead(status, { "content-type": "text/plain", ...headers })
  response.end(body)
}

/** Destroys the socket before any response byte is written: a connection reset. */
export const reset: Step = ({ request }) => {
  request.socket.destroy()
}

/**
 * Promises a `content-length` JSON body, writes only `partial` of it and then
 * resets the connection: a body cut short.
 */
export const cutBody = (partial: string, declaredLength: number): Step => ({ request, response, after }) => {
  response.writeHead(200, { "content-type": "application/json", "content-length": String(declaredLength) })
  response.write(partial)
  after(50, () => request.socket.destroy())
}

/** Never answers: the client waits for headers forever. */
export const stallBeforeHeaders: Step = () => {}

/** Sends the headers (a chunked body begins) and then nothing. */
export const stallAfterHeaders =
  (headers: Http.OutgoingHttpHeaders = { "content-type": "application/json" }): Step => ({ response }) => {
    response.writeHead(200, headers)
    response.flushHeaders()
  }

/** How a scripted SSE body ends after its chunks. */
export type SseEnding = "end" | "reset" | "stall"

/**
 * Answers with `text/event-stream` and writes `chunks` (raw SSE text) 5 ms
 * apart, then ends the body, resets the connection (after the client has had
 * time to read what was written) or stalls.
 */
export const sse =
  (chunks: ReadonlyArray<string>, ending: SseEnding = "end"): Step => ({ request, response, after }) => {
    response.writeHead(200, sseHeaders)
    response.flushHeaders()
    const write = (i: number): void => {
      if (i < chunks.length) {
        response.write(chunks[i])
        after(5, () => write(i + 1))
        return
      }
      if (ending === "end") response.end()
      else if (ending === "reset") after(50, () => request.socket.destroy())
    }
    write(0)
  }

/** An SSE stream of `data: {"n":<tick>}` events every `ms`, until the client goes away (at most 2,000 events). */
export const endlessSse = (ms = 5): Step => ({ response, every }) => {
  response.writeHead(200, sseHeaders)
  response.flushHeaders()
  every(ms, 2000, (tick) => {
    response.write(`data: {"n":${tick}}\n\n`)
  })
}

/** One SSE event as text, with its trailing blank line. */
export const event = (data: unknown, name?: string): string =>
  `${name === undefined ? "" : `event: ${name}\n`}data: ${JSON.stringify(data)}\n\n`

/**
 * Starts a server answering with `script`, closed with the enclosing scope.
 */
export const make = (
  script: ReadonlyArray<Step>,
  options: { readonly repeatLast?: boolean } = {}
): Effect.Effect<FaultServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.promise(() => start(script, options.repeatLast ?? false)),
    (running) => Effect.promise(() => running.stop())
  ).pipe(Effect.map((running) => running.server))

interface Running {
  readonly server: FaultServer
  readonly stop: () => Promise<void>
}

const start = (script: ReadonlyArray<Step>, repeatLast: boolean): Promise<Running> => {
  const requests: Array<Recorded> = []
  const timers = new Set<ReturnType<typeof setTimeout>>()
  const waiters = new Set<() => void>()
  let stopped = false
  const notify = () => {
    for (const waiter of waiters) waiter()
  }

  const clearTimer = (timer: ReturnType<typeof setTimeout>) => {
    clearTimeout(timer)
    clearInterval(timer)
    timers.delete(timer)
  }

  const handle = (request: Http.IncomingMessage, response: Http.ServerResponse) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const recorded: Recorded = {
        index: requests.length,
        method: request.method ?? "",
        url: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: performance.now(),
        closedAt: undefined,
        cutShort: false
      }
      requests.push(recorded)
      const own = new Set<ReturnType<typeof setTimeout>>()
      response.on("close", () => {
        recorded.closedAt = performance.now()
        recorded.cutShort = !response.writableFinished
        for (const timer of own) clearTimer(timer)
        notify()
      })
      const live = () => !stopped && !response.destroyed && !response.writableEnded
      const context: StepContext = {
        request,
        response,
        recorded,
        after: (ms, f) => {
          const timer = setTimeout(() => {
            own.delete(timer)
            timers.delete(timer)
            if (live()) f()
          }, ms)
          own.add(timer)
          timers.add(timer)
        },
        every: (ms, maxTicks, f) => {
          let tick = 0
          const timer = setInterval(() => {
            if (!live() || tick >= maxTicks) return clearTimer(timer)
            f(tick++)
          }, ms)
          own.add(timer)
          timers.add(timer)
        }
      }
      const step = script[recorded.index] ?? (repeatLast ? script[script.length - 1] : undefined)
      if (step === undefined) {
        text(599, `unscripted request #${recorded.index + 1}`, { "x-should-retry": "false" })(context)
      } else step(context)
      notify()
    })
  }

  const server = Http.createServer(handle)
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      const waitFor = <A>(
        ready: () => A | undefined,
        timeoutMs: number,
        what: string
      ): Effect.Effect<A> =>
        Effect.callback<A>((resume) => {
          const check = () => {
            const value = ready()
            if (value === undefined) return
            cleanup()
            resume(Effect.succeed(value))
          }
          const timer = setTimeout(() => {
            cleanup()
            resume(Effect.die(new Error(`FaultServer: ${what} within ${timeoutMs} ms`)))
          }, timeoutMs)
          const cleanup = () => {
            clearTimeout(timer)
            waiters.delete(check)
          }
          waiters.add(check)
          check()
          return Effect.sync(cleanup)
        })
      resolve({
        server: {
          url: `http://127.0.0.1:${port}`,
          requests,
          awaitRequests: (count, timeoutMs = 2000) =>
            waitFor(() => (requests.length >= count ? true : undefined), timeoutMs, `no request #${count}`),
          awaitClose: (index, timeoutMs = 2000) =>
            waitFor(
              () => {
                const recorded = requests[index]
                return recorded?.closedAt === undefined ? undefined : recorded
              },
              timeoutMs,
              `request #${index + 1} did not close`
            )
        },
        stop: () => {
          stopped = true
          for (const timer of timers) clearTimer(timer)
          for (const waiter of waiters) waiters.delete(waiter)
          server.closeAllConnections()
          return new Promise<void>((done) => server.close(() => done()))
        }
      })
    })
  })
}
