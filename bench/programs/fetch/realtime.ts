/**
 * Realtime throughput, floor: the runtime's own WebSocket and `JSON.parse`, nothing else; the same
 * session and response as the openai-effect program.
 */
import { API_KEY, args, check, emit } from "../shared.ts"

const { url, num } = args()
const expected = num("events", 100_000)
const rate = num("rate", 10_000)

const headers: Record<string, string> = { authorization: `Bearer ${API_KEY}`, "x-mock-stream-chunks": String(expected) }
if (rate > 0) headers["x-mock-events-per-second"] = String(rate)
// Node 22's WebSocket takes handshake headers in its second argument.
const ws = new WebSocket(`${url.replace(/^http/, "ws")}/v1/realtime?model=gpt-realtime`, { headers } as never)
let start = 0
let events = 0
let deltas = 0
ws.addEventListener("open", () => {
  ws.send(JSON.stringify({ type: "session.update", session: { type: "realtime", output_modalities: ["text"] } }))
  ws.send(JSON.stringify({ type: "response.create" }))
  start = performance.now()
})
ws.addEventListener("message", (message) => {
  const event = JSON.parse(message.data as string) as { readonly type: string }
  events++
  if (event.type === "response.output_text.delta") deltas++
  if (event.type !== "response.done") return
  const ms = performance.now() - start
  check(deltas === expected, `expected ${expected} deltas, got ${deltas}`)
  emit({ events, ms, eventsPerSec: (deltas * 1000) / ms })
  ws.close(1000)
})
ws.addEventListener("error", () => {
  throw new Error("the WebSocket failed")
})
