/** SSE throughput with accumulation, the floor: the hand-written decoder, content concatenated per choice. */
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
const parts: Array<Array<string>> = []
const finish: Array<string | null> = []
for await (const data of decodeSse(response.body)) {
  if (data === "[DONE]") break
  const chunk = JSON.parse(data) as {
    choices: Array<{ index: number; delta: { content?: string | null }; finish_reason: string | null }>
  }
  chunks++
  for (const choice of chunk.choices) {
    const text = (parts[choice.index] ??= [])
    if (choice.delta.content) text.push(choice.delta.content)
    if (choice.finish_reason !== null) finish[choice.index] = choice.finish_reason
  }
}
const text = (parts[0] ?? []).join("")
const ms = performance.now() - start
check(text.length > expected && finish[0] === "stop", `expected the accumulated text of ${expected} chunks`)
emit({ chunks, ms, chunksPerSec: (chunks * 1000) / ms, characters: text.length })
