/**
 * Streamed upload, the floor: `fetch` with a hand-built multipart `ReadableStream` body.
 *
 * `window: null` and `redirect: "error"` matter: without them Node's fetch (undici) clones the request
 * for redirect handling, which tees the body stream, and the branch nobody reads keeps every chunk —
 * the whole upload stays in memory (measured: +270 MiB for 256 MiB).
 */
import { API_KEY, args, check, emit, generatedStream, MIB } from "../shared.ts"

const { url, num } = args()
const total = num("mib", 256) * MIB

const boundary = `----bench${Math.random().toString(36).slice(2)}`
const encoder = new TextEncoder()
const head = encoder.encode(
  `--${boundary}\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nbatch\r\n`
    + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="generated.jsonl"\r\nContent-Type: application/jsonl\r\n\r\n`
)
const tail = encoder.encode(`\r\n--${boundary}--\r\n`)
const source = generatedStream(total).getReader()
let state: "head" | "file" | "done" = "head"
const body = new ReadableStream<Uint8Array>(
  {
    async pull(controller) {
      if (state === "head") {
        state = "file"
        controller.enqueue(head)
        return
      }
      if (state === "done") return
      const { done, value } = await source.read()
      if (done) {
        state = "done"
        controller.enqueue(tail)
        controller.close()
      } else {
        controller.enqueue(value)
      }
    }
  },
  { highWaterMark: 0 }
)

const rssBefore = process.memoryUsage().rss
const start = performance.now()
const response = await fetch(`${url}/files`, {
  method: "POST",
  headers: { authorization: `Bearer ${API_KEY}`, "content-type": `multipart/form-data; boundary=${boundary}` },
  body,
  duplex: "half",
  window: null,
  redirect: "error"
} as RequestInit)
const file = (await response.json()) as { bytes: number; filename: string }
const ms = performance.now() - start
check(
  file.bytes === total && file.filename === "generated.jsonl",
  `server counted ${file.bytes} bytes named ${file.filename}`
)
emit({ bytes: total, ms, rssBefore, rssGrowth: process.resourceUsage().maxRSS * 1024 - rssBefore })
