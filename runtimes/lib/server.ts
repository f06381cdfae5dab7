/**
 * The local server the smoke suite talks to, on 127.0.0.1: just enough of
 * the API for the suite's checks (a chat model that calls a weather tool
 * when it is given one, a realtime WebSocket that answers in text deltas),
 * plus `/_smoke/closed/<id>`, which says whether the client closed a stream
 * it was sent, `/_smoke/webhook`, a delivery signed here with node:crypto
 * for the suite to verify with WebCrypto, and any static assets
 * (the browser page and its bundle), served from the same origin so the
 * page needs no CORS.
 */
import { createHmac } from "node:crypto"
import * as Http from "node:http"
import type { AddressInfo } from "node:net"
import type { Duplex } from "node:stream"
import { accept } from "../../scripts/mock-server/websocket.ts"
import {
  fileCount,
  greeting,
  notFoundRequestId,
  weatherCity,
  webhookBatchId,
  webhookSecret
} from "../smoke/expected.ts"

/** A running smoke server. */
export interface SmokeServer {
  readonly url: string
  readonly close: () => Promise<void>
}

const json = (response: Http.ServerResponse, status: number, body: unknown, headers: Http.OutgoingHttpHeaders = {}) => {
  response.writeHead(status, { "content-type": "application/json", "x-request-id": "req_smoke", ...headers })
  response.end(JSON.stringify(body))
}

const readBody = (request: Http.IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => resolve(Buffer.concat(chunks)))
    request.on("error", reject)
  })

const chunk = (content: string) => ({
  id: "chatcmpl-smoke",
  object: "chat.completion.chunk",
  created: 0,
  model: "gpt-4o-mini",
  choices: [{ index: 0, delta: { content }, finish_reason: null }]
})

/**
 * The model of one RunTools round: asked with tools and no tool result yet,
 * it calls `get_weather` for the city; given the result, it answers with it.
 */
const toolTurn = (
  body: { readonly messages: ReadonlyArray<{ readonly role: string; readonly content?: unknown }> }
) => {
  const result = body.messages.find((message) => message.role === "tool")
  const message = result === undefined
    ? {
      role: "assistant",
      content: null,
      tool_calls: [{
        id: "call_smoke",
        type: "function",
        function: { name: "get_weather", arguments: JSON.stringify({ city: weatherCity }) }
      }]
    }
    : { role: "assistant", content: `The weather: ${String(result.content)}` }
  return {
    id: "chatcmpl-smoke-tools",
    object: "chat.completion",
    created: 0,
    model: "gpt-4o-mini",
    choices: [{ index: 0, message, finish_reason: result === undefined ? "tool_calls" : "stop" }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 }
  }
}

/** A `batch.completed` delivery, signed as the API signs them (Standard Webhooks). */
const signedDelivery = () => {
  const payload = JSON.stringify({
    id: "evt_smoke",
    object: "event",
    type: "batch.completed",
    created_at: Math.floor(Date.now() / 1000),
    data: { id: webhookBatchId }
  })
  const id = "msg_smoke"
  const timestamp = String(Math.floor(Date.now() / 1000))
  const key = Buffer.from(webhookSecret.slice("whsec_".length), "base64")
  const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${payload}`).digest("base64")
  return {
    payload,
    headers: { "webhook-id": id, "webhook-timestamp": timestamp, "webhook-signature": `v1,${signature}` }
  }
}

/**
 * A realtime session that answers each `response.create` with the greeting
 * as text deltas. It accepts the key as a header or as the browsers'
 * subprotocol, like the API.
 */
const realtime = (request: Http.IncomingMessage, socket: Duplex, head: Buffer) => {
  const connection = accept(request, socket, head, "realtime")
  const send = (event: object) => connection.send(JSON.stringify(event))
  send({ type: "session.created", event_id: "evt_0", session: { type: "realtime", model: "gpt-realtime" } })
  connection.onMessage((text) => {
    const event = JSON.parse(text)
    if (event.type !== "response.create") return
    const response = { id: "resp_smoke", object: "realtime.response", status: "in_progress", output: [] }
    send({ type: "response.created", event_id: "evt_1", response })
    for (const delta of greeting.split(/(?= )/)) {
      send({
        type: "response.output_text.delta",
        event_id: "evt_2",
        response_id: "resp_smoke",
        item_id: "item_smoke",
        output_index: 0,
        content_index: 0,
        delta
      })
    }
    send({ type: "response.done", event_id: "evt_3", response: { ...response, status: "completed" } })
  })
}

const files = Array.from({ length: fileCount }, (_, i) => ({
  id: `file-${i + 1}`,
  object: "file",
  bytes: 1,
  created_at: 0,
  filename: `f${i + 1}.jsonl`,
  purpose: "batch",
  status: "processed"
}))

/**
 * Starts the server. `assets` maps a path (`/`, `/smoke.js`) to its content
 * type and body.
 */
export const start = (
  assets: Readonly<Record<string, { readonly type: string; readonly body: string }>> = {}
): Promise<SmokeServer> => {
  // Streams by their `x-smoke-id`: resolved with `true` once the client closed it.
  const closed = new Map<string, { closed: boolean; waiters: Array<() => void> }>()
  const streamState = (id: string) => {
    let state = closed.get(id)
    if (state === undefined) closed.set(id, state = { closed: false, waiters: [] })
    return state
  }
  const timers = new Set<ReturnType<typeof setTimeout>>()

  const handle = async (request: Http.IncomingMessage, response: Http.ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1")
    const asset = assets[url.pathname]
    if (request.method === "GET" && asset !== undefined) {
      response.writeHead(200, { "content-type": asset.type })
      return response.end(asset.body)
    }
    if (request.method === "POST" && url.pathname === "/chat/completions") {
      const body = JSON.parse((await readBody(request)).toString("utf8"))
      if (body.stream !== true && Array.isArray(body.tools)) return json(response, 200, toolTurn(body))
      if (body.stream !== true) {
        return json(response, 200, {
          id: "chatcmpl-smoke",
          object: "chat.completion",
          created: 0,
          model: body.model,
          choices: [{ index: 0, message: { role: "assistant", content: greeting }, finish_reason: "stop" }]
        })
      }
      // Ten seconds of chunks: a client that stops reading must close the connection.
      const state = streamState(String(request.headers["x-smoke-id"]))
      response.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_smoke" })
      let sent = 0
      const tick = setInterval(() => {
        response.write(`data: ${JSON.stringify(chunk(`part ${sent++} `))}\n\n`)
        if (sent === 500) {
          clearInterval(tick)
          response.end("data: [DONE]\n\n")
        }
      }, 20)
      timers.add(tick)
      response.on("close", () => {
        clearInterval(tick)
        timers.delete(tick)
        if (sent < 500) {
          state.closed = true
          for (const wake of state.waiters.splice(0)) wake()
        }
      })
      return
    }
    if (request.method === "GET" && url.pathname.startsWith("/_smoke/closed/")) {
      const state = streamState(url.pathname.slice("/_smoke/closed/".length))
      if (!state.closed) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 3000)
          timers.add(timer)
          state.waiters.push(() => {
            clearTimeout(timer)
            resolve()
          })
        })
      }
      return json(response, 200, { closed: state.closed }, { "access-control-allow-origin": "*" })
    }
    if (request.method === "GET" && url.pathname === "/_smoke/webhook") {
      return json(response, 200, signedDelivery())
    }
    if (request.method === "GET" && url.pathname === "/files") {
      const limit = Number(url.searchParams.get("limit") ?? 10)
      const after = url.searchParams.get("after")
      const start = after === null ? 0 : files.findIndex((f) => f.id === after) + 1
      const data = files.slice(start, start + limit)
      return json(response, 200, {
        object: "list",
        data,
        first_id: data[0]?.id,
        last_id: data[data.length - 1]?.id,
        has_more: start + limit < files.length
      })
    }
    if (request.method === "POST" && url.pathname === "/files") {
      const form = await new Request("http://127.0.0.1/files", {
        method: "POST",
        headers: { "content-type": String(request.headers["content-type"]) },
        body: new Uint8Array(await readBody(request))
      }).formData()
      const file = form.get("file")
      if (!(file instanceof File) || form.get("purpose") !== "batch") {
        return json(response, 400, {
          error: { message: "file and purpose are required", type: "invalid_request_error" }
        })
      }
      return json(response, 200, {
        id: "file-upload",
        object: "file",
        bytes: file.size,
        created_at: 0,
        filename: file.name,
        purpose: "batch",
        status: "processed"
      })
    }
    if (request.method === "GET" && url.pathname === "/models/no-such-model") {
      return json(response, 404, {
        error: {
          message: "The model `no-such-model` does not exist",
          type: "invalid_request_error",
          code: "model_not_found"
        }
      }, { "x-request-id": notFoundRequestId })
    }
    json(response, 404, { error: { message: `no route for ${request.method} ${url.pathname}` } })
  }

  const server = Http.createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (!response.headersSent) json(response, 500, { error: { message: String(error) } })
      else response.destroy()
    })
  })
  const sockets = new Set<Duplex>()
  server.on("upgrade", (request: Http.IncomingMessage, socket: Duplex, head: Buffer) => {
    sockets.add(socket)
    socket.on("close", () => sockets.delete(socket))
    if (new URL(request.url ?? "/", "http://127.0.0.1").pathname === "/realtime") realtime(request, socket, head)
    else socket.destroy()
  })
  return new Promise((resolve, reject) => {
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            for (const timer of timers) clearTimeout(timer)
            for (const socket of sockets) socket.destroy()
            server.closeAllConnections()
            server.close(() => done())
          })
      })
    })
  })
}
