/**
 * A WebSocket server on 127.0.0.1 for the realtime tests, on the hand-written server side of
 * `scripts/mock-server/websocket.ts`. Every handshake is recorded; each accepted connection is
 * handed to the test, which scripts the server's side. The server lives in a `Scope`: closing it
 * destroys every connection and closes the listener.
 */
import * as Effect from "effect/Effect"
import type * as Scope from "effect/Scope"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import type { Connection } from "../../../../scripts/mock-server/websocket.ts"
import { accept, refuse } from "../../../../scripts/mock-server/websocket.ts"

/** A connection as the test sees it: the server side, what the client sent, how it closed. */
export interface ServerConnection {
  readonly connection: Connection
  /** Every message the client sent, parsed. */
  readonly messages: Array<unknown>
  /** Waits until the client has sent `count` messages. */
  readonly awaitMessages: (count: number) => Effect.Effect<ReadonlyArray<unknown>>
  /** Waits until the socket is gone: the client's close code (`undefined` without a close frame) and when. */
  readonly awaitClose: Effect.Effect<{ readonly code: number | undefined; readonly at: number }>
}

export interface RealtimeServer {
  /** `http://127.0.0.1:<port>/v1`, the client's `baseURL`. */
  readonly baseURL: string
  /** Every upgrade request, accepted or not. */
  readonly handshakes: ReadonlyArray<Http.IncomingMessage>
  /** Waits for the `index`th accepted connection. */
  readonly connection: (index: number) => Effect.Effect<ServerConnection>
}

export interface Options {
  /** The subprotocol to choose when offered. */
  readonly protocol?: string
  /** `refuse`: answer 401; `hold`: never answer the upgrade. Default: accept. */
  readonly answer?: "accept" | "refuse" | "hold"
}

const poll = <A>(check: () => A | undefined): Effect.Effect<A> =>
  Effect.callback<A>((resume) => {
    const timer = setInterval(() => {
      const value = check()
      if (value !== undefined) {
        clearInterval(timer)
        resume(Effect.succeed(value))
      }
    }, 5)
    return Effect.sync(() => clearInterval(timer))
  })

const wrap = (connection: Connection): ServerConnection => {
  const messages: Array<unknown> = []
  let close: { code: number | undefined; at: number } | undefined
  connection.onMessage((text) => messages.push(JSON.parse(text)))
  connection.onClose((code) => (close = { code, at: performance.now() }))
  return {
    connection,
    messages,
    awaitMessages: (count) => poll(() => (messages.length >= count ? messages.slice(0, count) : undefined)),
    awaitClose: poll(() => close)
  }
}

export const make = (options: Options = {}): Effect.Effect<RealtimeServer, never, Scope.Scope> =>
  Effect.acquireRelease(
    Effect.callback<{ server: Http.Server; sockets: Set<Duplex>; state: RealtimeServer }>((resume) => {
      const handshakes: Array<Http.IncomingMessage> = []
      const connections: Array<ServerConnection> = []
      const sockets = new Set<Duplex>()
      const server = Http.createServer((_, response) => response.writeHead(426).end())
      server.on("upgrade", (request: Http.IncomingMessage, socket: Duplex, head: Buffer) => {
        handshakes.push(request)
        sockets.add(socket)
        socket.on("close", () => sockets.delete(socket))
        const answer = options.answer ?? "accept"
        if (answer === "refuse") refuse(socket, 401, { error: { message: "Incorrect API key provided" } })
        else if (answer === "accept") connections.push(wrap(accept(request, socket, head, options.protocol)))
      })
      server.listen(0, "127.0.0.1", () => {
        const { port } = server.address() as AddressInfo
        resume(Effect.succeed({
          server,
          sockets,
          state: {
            baseURL: `http://127.0.0.1:${port}/v1`,
            handshakes,
            connection: (index) => poll(() => connections[index])
          }
        }))
      })
    }),
    ({ server, sockets }) =>
      Effect.callback<void>((resume) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resume(Effect.void))
      })
  ).pipe(Effect.map(({ state }) => state))
