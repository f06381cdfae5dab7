/**
 * The server side of WebSocket (RFC 6455) on a `node:http` upgrade, by hand so that neither the
 * mock server nor the tests need a WebSocket package: the opening handshake (with an optional
 * subprotocol), masked and fragmented client frames, ping/pong, text frames to the client, and the
 * closing handshake. No extensions are negotiated, so nothing is compressed.
 */
import { createHash } from "node:crypto"
import type { IncomingMessage } from "node:http"
import type { Duplex } from "node:stream"

const GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

/** One accepted connection. */
export interface Connection {
  readonly request: IncomingMessage
  readonly socket: Duplex
  /** Sends a text message; `false` when the socket's buffer is full (wait for `drain`). */
  readonly send: (text: string) => boolean
  /** Starts the closing handshake with `code`; the socket ends when the client answers (or after a second). */
  readonly close: (code: number, reason?: string) => void
  /** Every text (or binary, as UTF-8) message the client sends. */
  readonly onMessage: (listener: (text: string) => void) => void
  /**
   * Once, when the socket is gone: with the client's close code when it sent a close frame,
   * `undefined` when the connection just ended.
   */
  readonly onClose: (listener: (code: number | undefined) => void) => void
}

/** Answers `401` (or another status) to an upgrade request instead of accepting it. */
export const refuse = (socket: Duplex, status: number, body: unknown): void => {
  const text = JSON.stringify(body)
  socket.end(
    `HTTP/1.1 ${status} Refused\r\ncontent-type: application/json\r\ncontent-length: ${
      Buffer.byteLength(text)
    }\r\nconnection: close\r\n\r\n${text}`
  )
}

/** The subprotocols the client offered, in order. */
export const offeredProtocols = (request: IncomingMessage): Array<string> =>
  (request.headers["sec-websocket-protocol"] ?? "").split(",").map((p) => p.trim()).filter((p) => p !== "")

const frame = (opcode: number, payload: Buffer): Buffer => {
  const length = payload.length
  const header = length < 126 ? Buffer.alloc(2) : length < 65536 ? Buffer.alloc(4) : Buffer.alloc(10)
  header[0] = 0x80 | opcode
  if (length < 126) {
    header[1] = length
  } else if (length < 65536) {
    header[1] = 126
    header.writeUInt16BE(length, 2)
  } else {
    header[1] = 127
    header.writeBigUInt64BE(BigInt(length), 2)
  }
  return Buffer.concat([header, payload])
}

const closePayload = (code: number, reason = ""): Buffer => {
  const payload = Buffer.alloc(2 + Buffer.byteLength(reason))
  payload.writeUInt16BE(code, 0)
  payload.write(reason, 2)
  return payload
}

/** Completes the handshake of an upgrade request, choosing `protocol` when the client offered it. */
export const accept = (
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  protocol?: string
): Connection => {
  const key = request.headers["sec-websocket-key"] ?? ""
  const digest = createHash("sha1").update(key + GUID).digest("base64")
  const chosen = protocol !== undefined && offeredProtocols(request).includes(protocol) ? protocol : undefined
  socket.write(
    "HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: Upgrade\r\n"
      + `sec-websocket-accept: ${digest}\r\n${chosen === undefined ? "" : `sec-websocket-protocol: ${chosen}\r\n`}\r\n`
  )
  const messageListeners: Array<(text: string) => void> = []
  const closeListeners: Array<(code: number | undefined) => void> = []
  let buffered: Buffer = Buffer.alloc(0)
  let fragments: Array<Buffer> = []
  let closeCode: number | undefined
  let closeSent = false
  let closed = false
  let closeTimer: ReturnType<typeof setTimeout> | undefined

  const sendClose = (code: number, reason?: string) => {
    if (closeSent || socket.destroyed) return
    closeSent = true
    socket.write(frame(0x8, closePayload(code, reason)))
  }

  const parse = () => {
    while (buffered.length >= 2) {
      const fin = (buffered[0]! & 0x80) !== 0
      const opcode = buffered[0]! & 0x0f
      const masked = (buffered[1]! & 0x80) !== 0
      let length = buffered[1]! & 0x7f
      let offset = 2
      if (length === 126) {
        if (buffered.length < 4) return
        length = buffered.readUInt16BE(2)
        offset = 4
      } else if (length === 127) {
        if (buffered.length < 10) return
        length = Number(buffered.readBigUInt64BE(2))
        offset = 10
      }
      const maskOffset = offset
      if (masked) offset += 4
      if (buffered.length < offset + length) return
      const payload = Buffer.from(buffered.subarray(offset, offset + length))
      if (masked) { for (let i = 0; i < payload.length; i++) payload[i]! ^= buffered[maskOffset + (i % 4)]! }
      buffered = buffered.subarray(offset + length)
      if (opcode === 0x8) {
        closeCode = payload.length >= 2 ? payload.readUInt16BE(0) : 1005
        sendClose(closeCode)
        socket.end()
        return
      }
      if (opcode === 0x9) {
        socket.write(frame(0xa, payload))
        continue
      }
      if (opcode === 0xa) continue
      fragments.push(payload)
      if (fin) {
        const text = Buffer.concat(fragments).toString("utf8")
        fragments = []
        for (const listener of messageListeners) listener(text)
      }
    }
  }

  socket.on("data", (chunk: Buffer) => {
    buffered = buffered.length === 0 ? chunk : Buffer.concat([buffered, chunk])
    parse()
  })
  socket.on("error", () => socket.destroy())
  socket.on("close", () => {
    if (closed) return
    closed = true
    clearTimeout(closeTimer)
    for (const listener of closeListeners) listener(closeCode)
  })
  if (head.length > 0) socket.emit("data", head)

  return {
    request,
    socket,
    send: (text) => socket.writable && socket.write(frame(0x1, Buffer.from(text, "utf8"))),
    close: (code, reason) => {
      sendClose(code, reason)
      closeTimer = setTimeout(() => socket.destroy(), 1000)
    },
    onMessage: (listener) => {
      messageListeners.push(listener)
    },
    onClose: (listener) => {
      if (closed) listener(closeCode)
      else closeListeners.push(listener)
    }
  }
}
