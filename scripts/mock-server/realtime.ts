/**
 * The realtime WebSocket of the mock: `GET /v1/realtime?model=...` (or `?call_id=...`) upgraded to a
 * session that speaks the generally available event protocol.
 *
 * - Auth: an `Authorization: Bearer ...` or `api-key` header, or the browsers' subprotocol
 *   `openai-insecure-api-key.<key>` (then the `realtime` subprotocol is chosen). Without one, or
 *   without a `model`/`call_id`, the upgrade is answered with the API's error status instead.
 * - `session.created` on connect; `session.update` merges into the session and answers
 *   `session.updated`; `conversation.item.create` answers `conversation.item.added` and `.done`.
 * - `response.create` answers with the canned reply to the last user message
 *   (`response.created` ... `response.done`): `response.output_text.delta` events when the session's
 *   `output_modalities` is `["text"]`, else `response.output_audio_transcript.delta` (no audio bytes).
 * - A message that is not a known client event gets an `error` event; the session stays open.
 * - Benchmarks: the handshake header `x-mock-stream-chunks: N` (or the server's `streamChunks`)
 *   makes every reply exactly N deltas long, and `x-mock-events-per-second: R` paces them at R per
 *   second (in 10 ms batches); writes wait for the socket to drain.
 */
import type { IncomingMessage } from "node:http"
import type { Duplex } from "node:stream"
import type { HttpError } from "./http.ts"
import { LONG_TEXT_WORDS, newId, replyFor, toDeltas } from "./samples.ts"
import type { Connection } from "./websocket.ts"
import { accept, offeredProtocols, refuse } from "./websocket.ts"

export interface RealtimeState {
  /** Open sockets, destroyed when the server closes. */
  readonly sockets: Set<Duplex>
  readonly streamChunks: number | undefined
}

const KEY_PROTOCOL = "openai-insecure-api-key."

const positive = (value: unknown): number | undefined => {
  const n = Number(value)
  return Number.isInteger(n) && n > 0 ? n : undefined
}

/** Handles an upgrade request; `authError` is the mock's header check. */
export const upgrade = (
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  state: RealtimeState,
  authError: (request: IncomingMessage) => HttpError | undefined
): void => {
  const url = new URL(request.url ?? "/", "http://mock")
  const path = url.pathname.replace(/^\/v1(?=\/|$)/, "").replace(/\/+$/, "")
  const error = (message: string, code: string | null = null) => ({
    error: { message, type: "invalid_request_error", param: null, code }
  })
  if (path !== "/realtime") return refuse(socket, 404, error(`Invalid URL (GET ${url.pathname})`))
  const byProtocol = offeredProtocols(request).some((p) => p.startsWith(KEY_PROTOCOL) && p.length > KEY_PROTOCOL.length)
  const unauthorized = byProtocol ? undefined : authError(request)
  if (unauthorized !== undefined) return refuse(socket, unauthorized.status, { error: unauthorized.body })
  const model = url.searchParams.get("model") ?? undefined
  if (model === undefined && url.searchParams.get("call_id") === null) {
    return refuse(socket, 400, error("Missing required parameter: 'model'.", "missing_required_parameter"))
  }
  state.sockets.add(socket)
  socket.on("close", () => state.sockets.delete(socket))
  const connection = accept(request, socket, head, "realtime")
  serve(connection, {
    model: model ?? "gpt-realtime",
    chunks: positive(request.headers["x-mock-stream-chunks"]) ?? state.streamChunks,
    perSecond: positive(request.headers["x-mock-events-per-second"])
  })
}

interface Knobs {
  readonly model: string
  readonly chunks: number | undefined
  readonly perSecond: number | undefined
}

type Json = Record<string, unknown>

const serve = (connection: Connection, knobs: Knobs): void => {
  let session: Json = {
    type: "realtime",
    object: "realtime.session",
    id: newId("sess_", 24),
    model: knobs.model,
    output_modalities: ["audio"],
    instructions: "You are a helpful assistant."
  }
  const items: Array<Json> = []
  let open = true
  connection.onClose(() => (open = false))
  // Cheap, unique event ids: a benchmark sends a hundred thousand of them.
  const prefix = newId("event_", 12)
  let sent = 0
  const send = (event: Json) =>
    connection.send(JSON.stringify({ event_id: `${prefix}${(sent++).toString(36)}`, ...event }))
  const invalid = (message: string, eventId: unknown) =>
    send({
      type: "error",
      error: {
        type: "invalid_request_error",
        code: "invalid_event",
        message,
        param: null,
        event_id: typeof eventId === "string" ? eventId : null
      }
    })

  send({ type: "session.created", session })
  // One response at a time, as the API does: a second `response.create` waits for the first.
  let responding = Promise.resolve()
  connection.onMessage((text) => {
    let event: Json
    try {
      event = JSON.parse(text) as Json
    } catch {
      return invalid("The event is not valid JSON.", undefined)
    }
    switch (event.type) {
      case "session.update":
        session = { ...session, ...(event.session as Json) }
        return send({ type: "session.updated", session })
      case "conversation.item.create": {
        const item = { id: newId("item_", 20), object: "realtime.item", status: "completed", ...(event.item as Json) }
        items.push(item)
        const previous_item_id = items.length > 1 ? items[items.length - 2]!.id : null
        send({ type: "conversation.item.added", previous_item_id, item })
        return send({ type: "conversation.item.done", previous_item_id, item })
      }
      case "response.create":
        responding = responding.then(() => respond())
        return
      default:
        return invalid(
          `Invalid value: '${String(event.type)}'. Supported values are the client events.`,
          event.event_id
        )
    }
  })

  const lastUserText = (): string => {
    for (let i = items.length - 1; i >= 0; i--) {
      const item = items[i]!
      if (item.role !== "user" || !Array.isArray(item.content)) continue
      for (const part of item.content as Array<Json>) if (typeof part.text === "string") return part.text
    }
    return ""
  }

  const drained = () =>
    new Promise<void>((resolve) => {
      connection.socket.once("drain", resolve)
      connection.socket.once("close", resolve)
    })

  const respond = async (): Promise<void> => {
    const deltas = knobs.chunks === undefined
      ? toDeltas(replyFor(lastUserText()))
      : Array.from(
        { length: knobs.chunks },
        (_, i) => `${i === 0 ? "" : " "}${LONG_TEXT_WORDS[i % LONG_TEXT_WORDS.length]}`
      )
    const textOnly = Array.isArray(session.output_modalities) && !session.output_modalities.includes("audio")
    const response = { id: newId("resp_", 20), object: "realtime.response", status: "in_progress", output: [] }
    const ids = { response_id: response.id, item_id: newId("item_", 20), output_index: 0, content_index: 0 }
    const part = textOnly ? { type: "output_text", text: "" } : { type: "output_audio", transcript: "" }
    const item = { id: ids.item_id, object: "realtime.item", type: "message", role: "assistant", status: "in_progress" }
    send({ type: "response.created", response })
    send({
      type: "response.output_item.added",
      response_id: response.id,
      output_index: 0,
      item: { ...item, content: [] }
    })
    send({ type: "response.content_part.added", ...ids, part })
    const deltaType = textOnly ? "response.output_text.delta" : "response.output_audio_transcript.delta"
    const batch = knobs.perSecond === undefined ? Infinity : Math.max(1, Math.round(knobs.perSecond / 100))
    const started = performance.now()
    for (let i = 0; i < deltas.length && open; i++) {
      if (!send({ type: deltaType, ...ids, delta: deltas[i] })) await drained()
      if (knobs.perSecond !== undefined && (i + 1) % batch === 0) {
        // Pace by the clock, not by the sum of sleeps, so that timer drift does not slow the rate.
        const due = started + ((i + 1) / knobs.perSecond) * 1000
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
      }
    }
    if (!open) return
    const full = deltas.join("")
    const donePart = textOnly ? { type: "output_text", text: full } : { type: "output_audio", transcript: full }
    send(
      textOnly
        ? { type: "response.output_text.done", ...ids, text: full }
        : { type: "response.output_audio_transcript.done", ...ids, transcript: full }
    )
    send({ type: "response.content_part.done", ...ids, part: donePart })
    const doneItem = { ...item, status: "completed", content: [donePart] }
    send({ type: "response.output_item.done", response_id: response.id, output_index: 0, item: doneItem })
    const tokens = Math.max(1, Math.ceil(full.length / 4))
    send({
      type: "response.done",
      response: {
        ...response,
        status: "completed",
        output: [doneItem],
        usage: { total_tokens: tokens + 10, input_tokens: 10, output_tokens: tokens }
      }
    })
  }
}
