/**
 * Realtime sessions over WebSocket: a scoped connection whose server events
 * are a `Stream` and whose client events are sent with an `Effect`.
 *
 * ```ts
 * Effect.gen(function*() {
 *   const session = yield* Realtime.connect({ model: "gpt-realtime" })
 *   yield* session.send({ type: "session.update", session: { type: "realtime", output_modalities: ["text"] } })
 *   yield* Realtime.sendText(session, "Say hello")
 *   yield* Realtime.textDeltas(session).pipe(Stream.runForEach((text) => Effect.sync(() => process.stdout.write(text))))
 * }).pipe(Effect.scoped)
 * ```
 *
 * The connection uses the client as every other call does: its `baseURL`
 * (`https` becomes `wss`, `/realtime?model=...` is appended), default query,
 * headers, organization, project, key (a token provider runs once per
 * connection) and intercept (`transformRequest`). An `AzureOpenAI` client
 * connects to Azure's `{endpoint}/openai/v1/realtime?model={deployment}` with
 * its `api-key` or Entra ID header. It opens on `effect/socket` with the
 * runtime's global `WebSocket` (Node 22, Deno, Bun, browsers, workerd), or
 * with the constructor provided as `Socket.WebSocketConstructor` (for
 * example one made with the `ws` package).
 *
 * Where the runtime's WebSocket can send headers (Node, Bun, Deno 2.5 and
 * later, or a provided constructor) the key goes in the `authorization`
 * header. Elsewhere (browsers, workers) it goes in the documented
 * subprotocol `openai-insecure-api-key.<key>`, which is only allowed for an
 * ephemeral client secret (`ek_...`, from `RealtimeClientSecrets.create`):
 * a standard API key is never handed to a page. No key is ever put in the
 * URL. No `OpenAI-Beta` header is sent: the events here are those of the
 * generally available interface, as in the official SDK's `openai/realtime`
 * clients (`OpenAI-Beta: realtime=v1` selects the retired beta interface,
 * whose events differ).
 *
 * @since 0.1.0
 */
import * as AzureOpenAI from "@openai-effect/azure/AzureOpenAI"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Errors from "@openai-effect/core/OpenAIError"
import * as Operation from "@openai-effect/core/Operation"
import type { RequestOptions } from "@openai-effect/core/RequestOptions"
import type { RealtimeClientEvent } from "@openai-effect/resources/types/RealtimeClientEvent"
import type { RealtimeServerEvent } from "@openai-effect/resources/types/RealtimeServerEvent"
import type * as Arr from "effect/Array"
import * as Cause from "effect/Cause"
import * as Context from "effect/Context"
import * as Data from "effect/Data"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import { dual } from "effect/Function"
import * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as Option from "effect/Option"
import type * as Scope from "effect/Scope"
import * as Socket from "effect/socket/Socket"
import * as Stream from "effect/Stream"

/**
 * What to connect to: a new session with `model`, or the control channel of
 * a SIP or WebRTC call already in progress with its `call_id`.
 *
 * @category models
 * @since 0.1.0
 */
export type ConnectParams =
  | { readonly model: string; readonly call_id?: undefined }
  | { readonly call_id: string; readonly model?: undefined }

/**
 * Options for one connection.
 *
 * @category models
 * @since 0.1.0
 */
export interface ConnectOptions {
  /** Extra handshake headers; `null` removes one the client would send. */
  readonly headers?: RequestOptions["headers"]
  /** Extra query parameters of the WebSocket URL. */
  readonly query?: RequestOptions["query"]
  /** The limit on the opening handshake. Default: the client's `timeout`. */
  readonly timeout?: Duration.Input | undefined
  /**
   * How the key travels: `header` (`authorization`), or `protocol` (the
   * `openai-insecure-api-key.` subprotocol, for an ephemeral client secret).
   * Default: `header` where the WebSocket can send headers, else `protocol`.
   */
  readonly auth?: "header" | "protocol" | undefined
}

/**
 * A live connection. `events` is the one stream of the server's events: run
 * it once (or `textDeltas`) at a time, since every event is delivered once.
 *
 * @category models
 * @since 0.1.0
 */
export interface Session {
  /**
   * The server's events in order. A server `error` event is a value here
   * and leaves the session open; event types newer than these types pass
   * through as they are. The stream ends when the server closes with 1000,
   * and fails with a `RealtimeConnectionError` on any other close or a
   * dropped connection, or a `DecodeError` on a message that is not an
   * event.
   */
  readonly events: Stream.Stream<RealtimeServerEvent, RealtimeConnectionError | Errors.DecodeError>
  /** Sends one client event, as JSON. */
  readonly send: (event: RealtimeClientEvent) => Effect.Effect<void, RealtimeConnectionError>
}

/**
 * The connection closed with a code other than 1000, or dropped (the
 * WebSocket API reports a dropped connection as 1006), or was closed when an
 * event was sent.
 *
 * @category errors
 * @since 0.1.0
 */
export class RealtimeConnectionError extends /*#__PURE__*/ Data.TaggedError("RealtimeConnectionError")<{
  /** `GET /realtime`. */
  readonly request: string
  readonly code: number
  /** The close reason the server gave, or `""`. */
  readonly reason: string
}> {
  override get message(): string {
    return `The realtime connection closed with code ${this.code}${
      this.reason === "" ? "" : `: ${this.reason}`
    } (${this.request})`
  }
}

const label = "GET /realtime"

// The official SDK's rule: Node and Bun take handshake headers, Deno from 2.5;
// browsers and edge runtimes do not, even with a Node-compatible `process`.
const runtimeSendsHeaders = (): boolean => {
  const scope = globalThis as {
    readonly process?: { readonly versions?: { readonly node?: unknown } }
    readonly Deno?: { readonly version?: { readonly deno?: unknown } }
    readonly navigator?: { readonly userAgent?: unknown }
    readonly document?: unknown
    readonly WebSocketPair?: unknown
    readonly EdgeRuntime?: unknown
  }
  if (
    scope.document !== undefined || scope.WebSocketPair !== undefined || scope.EdgeRuntime !== undefined
    || scope.navigator?.userAgent === "Cloudflare-Workers"
  ) return false
  const deno = scope.Deno?.version?.deno
  if (typeof deno === "string") {
    const [major = 0, minor = 0] = deno.split(".").map(Number)
    return major > 2 || (major === 2 && minor >= 5)
  }
  return typeof scope.process?.versions?.node === "string"
}

const invalid = (description: string) => new Errors.InvalidRequestError({ request: label, description })

type Construct = Context.Service.Shape<typeof Socket.WebSocketConstructor>

interface Handshake {
  readonly url: string
  readonly options: Socket.WebSocketConstructorOptions
}

/**
 * The handshake with the key in the subprotocol: only an ephemeral client
 * secret may travel there, and headers the subprotocols cannot carry are an
 * error rather than silently left out.
 */
const protocolHandshake = (
  url: string,
  headers: Readonly<Record<string, string>>
): Handshake | Errors.InvalidRequestError => {
  const key = headers.authorization?.replace(/^Bearer\s+/i, "")
  if (key === undefined || !key.startsWith("ek_")) {
    return invalid(
      "A WebSocket that cannot send headers authenticates with an ephemeral client secret (ek_..., from RealtimeClientSecrets.create), never with an API key"
    )
  }
  const protocols = ["realtime", `openai-insecure-api-key.${key}`]
  const unsendable: Array<string> = []
  for (const name of Object.keys(headers)) {
    // A browser writes its own user agent; `accept` means nothing to a handshake.
    if (name === "authorization" || name === "user-agent" || name === "accept") continue
    if (name === "openai-organization" || name === "openai-project") protocols.push(`${name}.${headers[name]}`)
    else unsendable.push(name)
  }
  return unsendable.length > 0
    ? invalid(`This WebSocket cannot send headers, and these have no subprotocol: ${unsendable.join(", ")}`)
    : { url, options: protocols }
}

const handshake = (
  request: HttpClientRequest.HttpClientRequest,
  auth: "header" | "protocol"
): Handshake | Errors.InvalidRequestError => {
  const url = Option.getOrUndefined(HttpClientRequest.toUrl(request))
  if (url === undefined) return invalid("Invalid URL: the client's baseURL does not make a WebSocket URL")
  url.protocol = url.protocol === "http:" ? "ws:" : "wss:"
  if (auth === "protocol") return protocolHandshake(url.href, request.headers)
  const headers: Record<string, string> = {}
  for (const name of Object.keys(request.headers)) if (name !== "accept") headers[name] = request.headers[name]!
  return { url: url.href, options: { headers } }
}

const globalConstructor = (): Construct | undefined => {
  const WebSocket = (globalThis as { readonly WebSocket?: new(url: string, options?: unknown) => unknown }).WebSocket
  return WebSocket === undefined
    ? undefined
    : (url, options) => new WebSocket(url, options) as Socket.WebSocketLike
}

/**
 * Azure's realtime route, as the official SDK takes it: the generally
 * available `{endpoint}/openai/v1/realtime`, whatever route and `api-version`
 * the client's other calls use, with the client's `deployment` (else the
 * `model` given) as the `model`. The Azure client's intercept has already put
 * its `api-key` or Entra ID header on the request.
 */
const azureRoute = (
  request: HttpClientRequest.HttpClientRequest,
  azure: AzureOpenAI.Settings
): HttpClientRequest.HttpClientRequest => {
  const url = Option.getOrUndefined(HttpClientRequest.toUrl(request))
  if (url === undefined) return request
  const route = new URL(`${azure.baseURL.replace(/\/v1$/, "")}/v1/realtime${url.search}`)
  route.searchParams.delete("api-version")
  if (azure.deployment !== undefined && route.searchParams.has("model")) {
    route.searchParams.set("model", azure.deployment)
  }
  return HttpClientRequest.setUrl(request, route.href)
}

/** What the error event of a WebSocket carries (undici's `ErrorEvent`, a browser's `Event`). */
interface ErrorEventLike {
  readonly message?: unknown
  readonly error?: unknown
}

/** The close a connection ended with, as our error. */
const closed = (code: number, reason: string | undefined) =>
  new RealtimeConnectionError({ request: label, code, reason: reason ?? "" })

const decodeError = (description: string, cause?: unknown) =>
  new Errors.DecodeError({ request: label, requestId: undefined, description, cause })

/** One batch of frames as events; every frame must be a JSON object with a string `type`. */
const decode = (
  frames: Arr.NonEmptyReadonlyArray<Uint8Array | string>
): Effect.Effect<Arr.NonEmptyReadonlyArray<RealtimeServerEvent>, Errors.DecodeError> => {
  const events = new Array<RealtimeServerEvent>(frames.length)
  for (let i = 0; i < frames.length; i++) {
    const frame = frames[i]!
    let event: unknown
    try {
      // The API sends text frames; a binary one is read as UTF-8 JSON all the same.
      event = JSON.parse(typeof frame === "string" ? frame : new TextDecoder().decode(frame))
    } catch (cause) {
      return Effect.fail(decodeError("a message that is not JSON", cause))
    }
    if (typeof event !== "object" || event === null || typeof (event as { type?: unknown }).type !== "string") {
      return Effect.fail(decodeError("a message that is not an event (a JSON object with a string type)"))
    }
    events[i] = event as RealtimeServerEvent
  }
  return Effect.succeed(events as unknown as Arr.NonEmptyReadonlyArray<RealtimeServerEvent>)
}

/**
 * Opens a realtime session. The handshake is bounded by the client's
 * `timeout` (or `options.timeout`) and fails with an
 * `APIConnectionTimeoutError`; a refused or failed handshake fails with an
 * `APIConnectionError` (the WebSocket API does not say the HTTP status).
 * Closing the scope closes the socket with 1000.
 *
 * @example
 * const session = yield* Realtime.connect({ model: "gpt-realtime" })
 * @category constructors
 * @since 0.1.0
 */
export const connect = (
  params: ConnectParams,
  options?: ConnectOptions
): Effect.Effect<Session, Errors.OpenAIError, OpenAIClient.OpenAIClient | Scope.Scope> =>
  Effect.gen(function*() {
    const query = typeof params.model === "string" && params.model !== "" && params.call_id === undefined
      ? { model: params.model }
      : typeof params.call_id === "string" && params.call_id !== "" && params.model === undefined
      ? { call_id: params.call_id }
      : undefined
    if (query === undefined) return yield* invalid("Pass exactly one of a non-empty `model` or `call_id`")
    const azure = AzureOpenAI.settings(yield* OpenAIClient.OpenAIClient)
    const prepared = yield* Operation.prepare(
      { operationId: "realtime", method: "GET", path: "/realtime", query },
      { headers: options?.headers, query: options?.query, timeout: options?.timeout }
    )
    const timeout = prepared.timeout
    const request = azure === undefined ? prepared.request : azureRoute(prepared.request, azure)
    const provided = yield* Effect.withFiber((fiber) =>
      Effect.succeed(Context.getOrUndefined(fiber.context, Socket.WebSocketConstructor))
    )
    const construct = provided ?? globalConstructor()
    if (construct === undefined) {
      return yield* invalid(
        "This runtime has no global WebSocket: provide Socket.WebSocketConstructor (for example with the ws package)"
      )
    }
    const auth = options?.auth ?? (provided !== undefined || runtimeSendsHeaders() ? "header" : "protocol")
    const target = handshake(request, auth)
    if (target instanceof Errors.InvalidRequestError) return yield* target

    let ws: Socket.WebSocketLike | undefined
    // The close event, kept because a failed read may be reported before it.
    let closeEvent: { readonly code: number; readonly reason: string | undefined } | undefined
    const socket = yield* Socket.fromWebSocket(
      Effect.acquireRelease(
        Effect.try({
          try: () => {
            const opened = construct(target.url, target.options)
            opened.addEventListener("close", (event) => {
              closeEvent = { code: event.code ?? 1006, reason: event.reason }
            })
            return (ws = opened)
          },
          // The constructor's message may quote the subprotocols, and so the key: it stays in `cause`.
          catch: (cause) => new Socket.SocketError({ reason: new Socket.SocketOpenError({ kind: "Unknown", cause }) })
        }),
        (ws) => Effect.sync(() => ws.close(1000))
      ),
      { openTimeout: timeout }
    )
    const reader = yield* Effect.mapError(socket.reader, (error): Errors.OpenAIError => {
      const reason = error.reason
      if (reason._tag === "SocketOpenError" && reason.kind === "Timeout") {
        return new Errors.APIConnectionTimeoutError({ request: label, kind: "request", timeout })
      }
      // The runtime's error event says why; a constructor's own error stays unquoted (see above).
      const event = ws !== undefined && reason._tag === "SocketOpenError" ? reason.cause as ErrorEventLike : undefined
      const detail = typeof event?.message === "string" && event.message !== "" ? `: ${event.message}` : ""
      return new Errors.APIConnectionError({
        request: label,
        description: `the WebSocket handshake failed${detail}`,
        cause: event === undefined ? reason : event.error
      })
    })
    const writer = yield* socket.writer
    const current = ws!

    const ended = (error: Socket.SocketError): Effect.Effect<never, RealtimeConnectionError | Cause.Done> => {
      const reason = error.reason
      const code = reason._tag === "SocketCloseError" ? reason.code : closeEvent?.code ?? 1006
      if (code === 1000) return Cause.done()
      return Effect.fail(
        closed(code, reason._tag === "SocketCloseError" ? reason.closeReason : closeEvent?.reason)
      )
    }
    const pull = Effect.flatMap(Effect.catch(reader.pull, ended), decode)
    const events = Stream.fromPull(Effect.succeed(pull))

    const send = (event: RealtimeClientEvent): Effect.Effect<void, RealtimeConnectionError> =>
      Effect.suspend(() => {
        if (current.readyState !== 1) return Effect.fail(closed(closeEvent?.code ?? 1006, closeEvent?.reason))
        return Effect.mapError(
          writer.write(JSON.stringify(event)),
          () => closed(closeEvent?.code ?? 1006, closeEvent?.reason)
        )
      })

    return { events, send }
  })

/**
 * The text of the session's next response, delta by delta, as it arrives:
 * the `response.output_text.delta` events up to the `response.done` that ends
 * the response. A server `error` event, or a response that is done with the
 * status `failed`, fails the stream with a `StreamError` carrying the server's
 * code.
 *
 * @example
 * yield* Realtime.textDeltas(session).pipe(Stream.runForEach((text) => Effect.sync(() => process.stdout.write(text))))
 * @category combinators
 * @since 0.1.0
 */
export const textDeltas = (
  session: Session
): Stream.Stream<string, RealtimeConnectionError | Errors.DecodeError | Errors.StreamError> =>
  session.events.pipe(
    Stream.takeUntil((event) => event.type === "response.done"),
    Stream.mapEffect((event) => {
      switch (event.type) {
        case "response.output_text.delta":
          return Effect.succeed(event.delta)
        case "error":
          return Effect.fail(streamError(event.error, event.error.type))
        case "response.done": {
          const error = event.response.status === "failed" ? event.response.status_details?.error : undefined
          return error === undefined
            ? Effect.succeed("")
            : Effect.fail(streamError({ message: "the response failed", ...error }, error.type))
        }
        default:
          return Effect.succeed("")
      }
    }),
    Stream.filter((text) => text !== "")
  )

const streamError = (
  error: {
    readonly message?: string | undefined
    readonly code?: string | null | undefined
    readonly param?: string | null | undefined
  },
  type: string | undefined
) =>
  new Errors.StreamError({
    request: label,
    requestId: undefined,
    error: {
      message: error.message ?? "the response failed",
      type,
      code: error.code ?? undefined,
      param: error.param ?? undefined
    }
  })

/**
 * Sends `text` as a user message, then asks for a response
 * (`conversation.item.create` followed by `response.create`).
 *
 * @example
 * yield* Realtime.sendText(session, "What is the capital of France?")
 * @category combinators
 * @since 0.1.0
 */
export const sendText: {
  (text: string): (session: Session) => Effect.Effect<void, RealtimeConnectionError>
  (session: Session, text: string): Effect.Effect<void, RealtimeConnectionError>
} = /*#__PURE__*/ dual(
  2,
  (session: Session, text: string): Effect.Effect<void, RealtimeConnectionError> =>
    Effect.andThen(
      session.send({
        type: "conversation.item.create",
        item: { type: "message", role: "user", content: [{ type: "input_text", text }] }
      }),
      session.send({ type: "response.create" })
    )
)
