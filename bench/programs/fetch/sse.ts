/** SSE throughput, the floor: `fetch`, a hand-written decoder, `JSON.parse` per chunk. */
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"
import { decodeSse } from "./sse-decoder.ts"

const { url, num } = args()
const expected = num("chunks", 100_000)

const start = performance.now()
const response = await fetch(`${url}/chat/completions`, {
  method: "POST",
  headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json", accept: "text/event-stream" },
  body: JSON.stringify({ ...CHAT_PARAMS, stream: true })
})
if (!response.ok || response.body === null) throw new Error(`status ${response.status}`)
let chunks = 0
let content = 0
for await (const data of decodeSse(response.body)) {
  if (data === "[DONE]") break
  const chunk = JSON.parse(data) as { choices: Array<{ delta: { content?: string } }> }
  chunks++
  if (chunk.choices[0]?.delta.content) content++
}
const ms = performance.now() - start
check(content === expected, `expected ${expected} content chunks, got ${content}`)
emit({ chunks, ms, chunksPerSec: (chunks * 1000) / ms })
