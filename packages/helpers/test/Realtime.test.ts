import { assert, describe, it } from "@effect/vitest"
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Scope from "effect/Scope"
import * as Socket from "effect/socket/Socket"
import * as Stream from "effect/Stream"
import * as Realtime from "../src/Realtime.ts"
import * as RealtimeServer from "./utils/RealtimeServer.ts"

const client = (baseURL: string, options: Partial<OpenAIClient.Options> = {}) =>
  OpenAIClient.layer({ apiKey: Redacted.make("sk-test-1234"), baseURL, ...options }).pipe(
    Layer.provide(FetchHttpClient.layer)
  )

/** A server, a session connected to it, and the server's side of the connection (raw, and as the test sees it). */
const open = Effect.gen(function*() {
  const server = yield* RealtimeServer.make()
  const session = yield* Realtime.connect({ model: "gpt-realtime" }).pipe(Effect.provide(client(server.baseURL)))
  const peer = yield* server.connection(0)
  return { session, peer, connection: peer.connection }
})

const sessionCreated = { type: "session.created", event_id: "event_1", session: { type: "realtime" } }

const failure = <A, E>(exit: Exit.Exit<A, E>): E => {
  if (Exit.isSuccess(exit)) throw new Error("expected a failure")
  const error = exit.cause.reasons.find((reason) => reason._tag === "Fail")
  if (error === undefined) throw new Error(`expected a typed failure, got ${String(exit.cause)}`)
  return (error as { readonly error: E }).error
}

describe("Realtime.connect: the handshake", () => {
  it.live("goes to baseURL /realtime with the model and the client's query, the key and headers as headers", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }, { headers: { "x-call": "1" } }).pipe(
        Effect.provide(client(server.baseURL, {
          organization: "org-1",
          project: "proj-1",
          defaultHeaders: { "X-Team": "voice" },
          defaultQuery: { tenant: "a b" }
        }))
      )
      const [handshake] = server.handshakes
      assert.strictEqual(handshake!.url, "/v1/realtime?tenant=a%20b&model=gpt-realtime")
      const headers = handshake!.headers
      assert.strictEqual(headers.authorization, "Bearer sk-test-1234")
      assert.strictEqual(headers["openai-organization"], "org-1")
      assert.strictEqual(headers["openai-project"], "proj-1")
      assert.strictEqual(headers["x-team"], "voice")
      assert.strictEqual(headers["x-call"], "1")
      assert.strictEqual(headers["user-agent"], "openai-effect/0.1.0")
    }).pipe(Effect.scoped))

  it.live("sends no beta header and no subprotocol when the key goes in a header", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(Effect.provide(client(server.baseURL)))
      const headers = server.handshakes[0]!.headers
      assert.strictEqual(headers["openai-beta"], undefined)
      assert.strictEqual(headers["sec-websocket-protocol"], undefined)
    }).pipe(Effect.scoped))

  it.live("attaches to a call with call_id instead of a model", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ call_id: "rtc_123" }).pipe(Effect.provide(client(server.baseURL)))
      assert.strictEqual(server.handshakes[0]!.url, "/v1/realtime?call_id=rtc_123")
    }).pipe(Effect.scoped))

  it.live("runs a token provider for the key", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(client(server.baseURL, { apiKey: Effect.succeed(Redacted.make("sk-fresh")) }))
      )
      assert.strictEqual(server.handshakes[0]!.headers.authorization, "Bearer sk-fresh")
    }).pipe(Effect.scoped))

  it.live("goes through the client's transformRequest, like every request", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(client(server.baseURL, {
          transformRequest: (request) =>
            Effect.succeed(
              request.pipe(
                HttpClientRequest.setUrl(request.url.replace("/v1/realtime", "/gateway/realtime")),
                HttpClientRequest.setHeader("x-gateway-key", "gw-1")
              )
            )
        }))
      )
      assert.strictEqual(server.handshakes[0]!.url, "/gateway/realtime?model=gpt-realtime")
      assert.strictEqual(server.handshakes[0]!.headers["x-gateway-key"], "gw-1")
    }).pipe(Effect.scoped))

  it.live("turns an https baseURL into wss and uses a provided WebSocket constructor", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      const dialed: Array<string> = []
      // The test server speaks plain ws: the constructor records the URL it was given, then dials ws.
      const constructor = Layer.succeed(Socket.WebSocketConstructor)((url, options) => {
        dialed.push(url)
        return new globalThis.WebSocket(url.replace(/^wss:/, "ws:"), options as never) as Socket.WebSocketLike
      })
      const port = new URL(server.baseURL).port
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(Layer.merge(client(`https://127.0.0.1:${port}/v1`), constructor))
      )
      assert.deepStrictEqual(dialed, [`wss://127.0.0.1:${port}/v1/realtime?model=gpt-realtime`])
      assert.strictEqual(server.handshakes[0]!.headers.authorization, "Bearer sk-test-1234")
    }).pipe(Effect.scoped))

  it.live("carries an ephemeral client secret and the organization as subprotocols, never in the URL", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make({ protocol: "realtime" })
      yield* Realtime.connect({ model: "gpt-realtime" }, { auth: "protocol" }).pipe(
        Effect.provide(client(server.baseURL, { apiKey: Redacted.make("ek_secret"), organization: "org-1" }))
      )
      const handshake = server.handshakes[0]!
      assert.strictEqual(
        handshake.headers["sec-websocket-protocol"],
        "realtime, openai-insecure-api-key.ek_secret, openai-organization.org-1"
      )
      assert.strictEqual(handshake.headers.authorization, undefined)
      assert.strictEqual(handshake.url, "/v1/realtime?model=gpt-realtime")
    }).pipe(Effect.scoped))

  it.live("uses the subprotocol by default where the runtime looks like a browser", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make({ protocol: "realtime" })
      // A `document` is what tells a browser apart; Node's own WebSocket then carries the handshake.
      yield* Effect.acquireRelease(
        Effect.sync(() => Object.assign(globalThis, { document: {} })),
        () => Effect.sync(() => delete (globalThis as { document?: unknown }).document)
      )
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(client(server.baseURL, { apiKey: Redacted.make("ek_secret") }))
      )
      const headers = server.handshakes[0]!.headers
      assert.strictEqual(headers["sec-websocket-protocol"], "realtime, openai-insecure-api-key.ek_secret")
      assert.strictEqual(headers.authorization, undefined)
    }).pipe(Effect.scoped))

  it.live("refuses to put a standard API key in a subprotocol, and says so without the key", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      const error = failure(
        yield* Realtime.connect({ model: "gpt-realtime" }, { auth: "protocol" }).pipe(
          Effect.provide(client(server.baseURL)),
          Effect.exit
        )
      )
      assert.strictEqual(error._tag, "InvalidRequestError")
      assert.isFalse(error.message.includes("sk-test-1234"))
      assert.strictEqual(server.handshakes.length, 0)
    }).pipe(Effect.scoped))

  it.live("refuses headers a subprotocol handshake cannot carry", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      const error = failure(
        yield* Realtime.connect({ model: "gpt-realtime" }, { auth: "protocol", headers: { "x-team": "voice" } }).pipe(
          Effect.provide(client(server.baseURL, { apiKey: Redacted.make("ek_secret") })),
          Effect.exit
        )
      )
      assert.strictEqual(
        error.message,
        "This WebSocket cannot send headers, and these have no subprotocol: x-team (GET /realtime)"
      )
    }).pipe(Effect.scoped))

  it.live("rejects params with both a model and a call_id", () =>
    Effect.gen(function*() {
      const error = failure(
        yield* Realtime.connect({ model: "gpt-realtime", call_id: "rtc_1" } as never).pipe(
          Effect.provide(client("http://127.0.0.1:9/v1")),
          Effect.exit
        )
      )
      assert.strictEqual(error.message, "Pass exactly one of a non-empty `model` or `call_id` (GET /realtime)")
    }).pipe(Effect.scoped))

  it.live("fails with an APIConnectionError when the server refuses the upgrade", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make({ answer: "refuse" })
      const error = failure(
        yield* Realtime.connect({ model: "gpt-realtime" }).pipe(Effect.provide(client(server.baseURL)), Effect.exit)
      )
      assert.strictEqual(error._tag, "APIConnectionError")
      assert.match(error.message, /^Connection error: the WebSocket handshake failed/)
    }).pipe(Effect.scoped))

  it.live("is bounded by the client's timeout", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make({ answer: "hold" })
      const started = performance.now()
      const error = failure(
        yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
          Effect.provide(client(server.baseURL, { timeout: 200 })),
          Effect.exit
        )
      )
      assert.strictEqual(error._tag, "APIConnectionTimeoutError")
      assert.strictEqual(error._tag === "APIConnectionTimeoutError" ? error.kind : undefined, "request")
      assert.isBelow(performance.now() - started, 2000)
      assert.strictEqual(server.handshakes.length, 1)
    }).pipe(Effect.scoped))
})

describe("Realtime.connect on Azure", () => {
  const azure = (server: RealtimeServer.RealtimeServer, options: Omit<AzureOpenAI.Options, "endpoint">) =>
    AzureOpenAI.layer({ endpoint: new URL(server.baseURL).origin, ...options }).pipe(
      Layer.provide(FetchHttpClient.layer)
    )

  it.live("goes to {endpoint}/openai/v1/realtime with the api-key header", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(Effect.provide(azure(server, { apiKey: "azure-key" })))
      const handshake = server.handshakes[0]!
      assert.strictEqual(handshake.url, "/openai/v1/realtime?model=gpt-realtime")
      assert.strictEqual(handshake.headers["api-key"], "azure-key")
      assert.strictEqual(handshake.headers.authorization, undefined)
    }).pipe(Effect.scoped))

  it.live("uses the v1 route and the client's deployment even when other calls use an api-version", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(azure(server, { apiKey: "azure-key", apiVersion: "2024-10-21", deployment: "realtime-prod" }))
      )
      assert.strictEqual(server.handshakes[0]!.url, "/openai/v1/realtime?model=realtime-prod")
    }).pipe(Effect.scoped))

  it.live("authenticates with an Entra ID token from the client's provider", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(azure(server, { azureADTokenProvider: Effect.succeed("entra-token") }))
      )
      assert.strictEqual(server.handshakes[0]!.headers.authorization, "Bearer entra-token")
      assert.strictEqual(server.handshakes[0]!.headers["api-key"], undefined)
    }).pipe(Effect.scoped))
})

describe("Realtime session", () => {
  it.live("decodes server events, unknown types included", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.send(JSON.stringify(sessionCreated))
      connection.send(JSON.stringify({ type: "future.event", event_id: "event_2", payload: [1, 2] }))
      const events: ReadonlyArray<unknown> = yield* session.events.pipe(Stream.take(2), Stream.runCollect)
      assert.deepStrictEqual(events, [sessionCreated, { type: "future.event", event_id: "event_2", payload: [1, 2] }])
    }).pipe(Effect.scoped))

  it.live("encodes client events as JSON messages", () =>
    Effect.gen(function*() {
      const { peer, session } = yield* open
      const update = { type: "session.update", session: { type: "realtime", output_modalities: ["text"] } } as const
      yield* session.send(update)
      assert.deepStrictEqual(yield* peer.awaitMessages(1), [update])
    }).pipe(Effect.scoped))

  it.live("delivers a server error event as a value and stays open", () =>
    Effect.gen(function*() {
      const { peer: connection, session } = yield* open
      const error = {
        type: "error",
        event_id: "event_3",
        error: { type: "invalid_request_error", code: "invalid_event", message: "Unknown event", param: null }
      }
      connection.connection.send(JSON.stringify(error))
      assert.deepStrictEqual<ReadonlyArray<unknown>>(yield* session.events.pipe(Stream.take(1), Stream.runCollect), [
        error
      ])
      yield* session.send({ type: "response.create" })
      assert.deepStrictEqual(yield* connection.awaitMessages(1), [{ type: "response.create" }])
      connection.connection.send(JSON.stringify(sessionCreated))
      assert.deepStrictEqual<ReadonlyArray<unknown>>(
        yield* session.events.pipe(Stream.take(1), Stream.runCollect),
        [sessionCreated]
      )
    }).pipe(Effect.scoped))

  it.live("ends the events when the server closes with 1000", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.send(JSON.stringify(sessionCreated))
      connection.close(1000)
      assert.deepStrictEqual<ReadonlyArray<unknown>>(yield* Stream.runCollect(session.events), [sessionCreated])
    }).pipe(Effect.scoped))

  it.live("fails the events with the close code and reason of a 1011 close", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.send(JSON.stringify(sessionCreated))
      connection.close(1011, "internal error")
      const seen: Array<unknown> = []
      const error = failure(
        yield* session.events.pipe(Stream.runForEach((event) => Effect.sync(() => seen.push(event))), Effect.exit)
      )
      assert.deepStrictEqual(seen, [sessionCreated])
      assert.strictEqual(error._tag, "RealtimeConnectionError")
      assert.deepStrictEqual(
        error._tag === "RealtimeConnectionError" ? [error.code, error.reason, error.message] : [],
        [1011, "internal error", "The realtime connection closed with code 1011: internal error (GET /realtime)"]
      )
    }).pipe(Effect.scoped))

  it.live("fails the events with code 1006 when the connection drops", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.socket.destroy()
      const error = failure(yield* Effect.exit(Stream.runDrain(session.events)))
      assert.strictEqual(error._tag, "RealtimeConnectionError")
      assert.strictEqual(error._tag === "RealtimeConnectionError" ? error.code : undefined, 1006)
    }).pipe(Effect.scoped))

  it.live("fails a send after the server closed, with the close code", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.close(1001, "going away")
      yield* Effect.exit(Stream.runDrain(session.events))
      const error = failure(yield* Effect.exit(session.send({ type: "response.create" })))
      assert.deepStrictEqual([error.code, error.reason], [1001, "going away"])
    }).pipe(Effect.scoped))

  it.live("fails the events with a DecodeError on a message that is not an event", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.send("[1,2]")
      const error = failure(yield* Effect.exit(Stream.runDrain(session.events)))
      assert.strictEqual(error._tag, "DecodeError")
    }).pipe(Effect.scoped))

  it.live("closes the server's socket with 1000 within a second of the scope closing", () =>
    Effect.gen(function*() {
      const server = yield* RealtimeServer.make()
      const scope = yield* Scope.make()
      yield* Realtime.connect({ model: "gpt-realtime" }).pipe(
        Effect.provide(client(server.baseURL)),
        Scope.provide(scope)
      )
      const connection = yield* server.connection(0)
      const closedAt = performance.now()
      yield* Scope.close(scope, Exit.void)
      const { at, code } = yield* connection.awaitClose
      assert.strictEqual(code, 1000)
      assert.isBelow(at - closedAt, 1000)
    }).pipe(Effect.scoped))
})

describe("Realtime text helpers", () => {
  const reply = (connection: RealtimeServer.ServerConnection, deltas: ReadonlyArray<string>) => {
    const send = (event: object) => connection.connection.send(JSON.stringify(event))
    send({ type: "response.created", event_id: "e1", response: { id: "resp_1", status: "in_progress" } })
    for (const delta of deltas) {
      send({
        type: "response.output_text.delta",
        event_id: "e2",
        response_id: "resp_1",
        item_id: "item_1",
        output_index: 0,
        content_index: 0,
        delta
      })
    }
    send({ type: "response.done", event_id: "e3", response: { id: "resp_1", status: "completed" } })
  }

  it.live("sendText sends a user message and then response.create", () =>
    Effect.gen(function*() {
      const { peer, session } = yield* open
      yield* Realtime.sendText(session, "Hi")
      assert.deepStrictEqual(yield* peer.awaitMessages(2), [
        {
          type: "conversation.item.create",
          item: { type: "message", role: "user", content: [{ type: "input_text", text: "Hi" }] }
        },
        { type: "response.create" }
      ])
    }).pipe(Effect.scoped))

  it.live("textDeltas gives the next response's text deltas and ends with the response", () =>
    Effect.gen(function*() {
      const { peer: connection, session } = yield* open
      reply(connection, ["Hello", " there", "!"])
      reply(connection, ["Second"])
      assert.deepStrictEqual(yield* Stream.runCollect(Realtime.textDeltas(session)), ["Hello", " there", "!"])
      assert.deepStrictEqual(yield* Stream.runCollect(Realtime.textDeltas(session)), ["Second"])
    }).pipe(Effect.scoped))

  it.live("textDeltas fails with a StreamError carrying the code of a server error event", () =>
    Effect.gen(function*() {
      const { connection, session } = yield* open
      connection.send(JSON.stringify({
        type: "error",
        event_id: "event_9",
        error: { type: "invalid_request_error", code: "model_not_found", message: "No such model", param: null }
      }))
      const error = failure(yield* Effect.exit(Stream.runDrain(Realtime.textDeltas(session))))
      assert.strictEqual(error._tag, "StreamError")
      assert.deepStrictEqual(
        error._tag === "StreamError" ? error.error : undefined,
        { message: "No such model", type: "invalid_request_error", code: "model_not_found", param: undefined }
      )
    }).pipe(Effect.scoped))
})
