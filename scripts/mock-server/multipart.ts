/**
 * A push-based `multipart/form-data` parser: parts arrive as they stream in, so a 256 MiB upload is
 * counted without being held in memory. Only the last few bytes of a chunk (the length of a boundary)
 * are ever carried over to the next one.
 */

export interface PartInfo {
  readonly name: string
  readonly filename: string | undefined
  readonly contentType: string | undefined
}

export interface PartHandlers {
  readonly onPart: (part: PartInfo) => void
  readonly onData: (bytes: Buffer) => void
  readonly onPartEnd: () => void
}

export class MultipartError extends Error {}

/** The boundary of a `multipart/form-data` content type, or `undefined`. */
export const boundaryOf = (contentType: string | undefined): string | undefined => {
  if (contentType === undefined || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType)
  return match === null ? undefined : (match[1] ?? match[2])
}

const MAX_HEADER_BYTES = 16 * 1024
const EMPTY = Buffer.alloc(0)
const CRLF_CRLF = Buffer.from("\r\n\r\n")

/** `name="a"; filename="b.txt"; filename*=UTF-8''b%20c.txt` */
const dispositionParams = (value: string): Map<string, string> => {
  const params = new Map<string, string>()
  const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g
  for (let m = re.exec(value); m !== null; m = re.exec(value)) {
    const key = m[1].toLowerCase()
    let v = m[2] !== undefined ? m[2].replace(/\\(.)/g, "$1") : m[3].trim()
    if (key.endsWith("*")) {
      const ext = /^[^']*'[^']*'(.*)$/.exec(v)
      if (ext !== null) {
        try {
          v = decodeURIComponent(ext[1])
        } catch {
          // keep the raw value
        }
      }
      params.set(key.slice(0, -1), v)
    } else if (!params.has(key)) {
      params.set(key, v)
    }
  }
  return params
}

const parseHeaders = (block: string): PartInfo => {
  let disposition: string | undefined
  let contentType: string | undefined
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":")
    if (colon === -1) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    if (key === "content-disposition") disposition = value
    else if (key === "content-type") contentType = value
  }
  if (disposition === undefined || !/^form-data\b/i.test(disposition)) {
    throw new MultipartError("a part has no 'Content-Disposition: form-data' header")
  }
  const params = dispositionParams(disposition)
  const name = params.get("name")
  if (name === undefined) throw new MultipartError("a part has no name")
  return { name, filename: params.get("filename"), contentType }
}

type State = "preamble" | "afterBoundary" | "headers" | "body" | "done"

export class MultipartParser {
  private readonly delimiter: Buffer
  private readonly handlers: PartHandlers
  private state: State = "preamble"
  private pending: Buffer
  constructor(boundary: string, handlers: PartHandlers) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`)
    this.handlers = handlers
    // A virtual CRLF lets the first boundary (which has none before it) match the same delimiter.
    this.pending = Buffer.from("\r\n")
  }

  get finished(): boolean {
    return this.state === "done"
  }

  write(chunk: Buffer): void {
    if (this.state === "done") return
    let buf = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    this.pending = EMPTY
    const keep = this.delimiter.length - 1
    for (;;) {
      switch (this.state) {
        case "preamble": {
          const i = buf.indexOf(this.delimiter)
          if (i === -1) {
            this.pending = Buffer.from(buf.subarray(Math.max(0, buf.length - keep)))
            return
          }
          buf = buf.subarray(i + this.delimiter.length)
          this.state = "afterBoundary"
          break
        }
        case "afterBoundary": {
          // Transport padding (spaces, tabs) may follow a boundary before its CRLF.
          let i = 0
          while (i < buf.length && (buf[i] === 0x20 || buf[i] === 0x09)) i++
          if (buf.length - i < 2) {
            this.pending = Buffer.from(buf)
            return
          }
          if (buf[i] === 0x2d && buf[i + 1] === 0x2d) {
            this.state = "done"
            return
          }
          if (buf[i] !== 0x0d || buf[i + 1] !== 0x0a) throw new MultipartError("malformed boundary line")
          buf = buf.subarray(i + 2)
          this.state = "headers"
          break
        }
        case "headers": {
          const i = buf.indexOf(CRLF_CRLF)
          if (i === -1) {
            if (buf.length > MAX_HEADER_BYTES) throw new MultipartError("part headers are too long")
            this.pending = Buffer.from(buf)
            return
          }
          this.handlers.onPart(parseHeaders(buf.subarray(0, i).toString("utf8")))
          buf = buf.subarray(i + 4)
          this.state = "body"
          break
        }
        case "body": {
          const i = buf.indexOf(this.delimiter)
          if (i === -1) {
            const safe = buf.length - keep
            if (safe > 0) this.handlers.onData(buf.subarray(0, safe))
            this.pending = Buffer.from(buf.subarray(Math.max(0, safe)))
            return
          }
          if (i > 0) this.handlers.onData(buf.subarray(0, i))
          this.handlers.onPartEnd()
          buf = buf.subarray(i + this.delimiter.length)
          this.state = "afterBoundary"
          break
        }
      }
    }
  }

  /** Call at the end of the body: fails when the closing boundary never came. */
  end(): void {
    if (this.state !== "done") throw new MultipartError("the body ended before the closing boundary")
  }
}
