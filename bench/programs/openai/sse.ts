/** SSE throughput, official SDK: one chat completion stream, every chunk decoded. */
import OpenAI from "openai"
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"

const { url, num } = args()
const expected = num("chunks", 100_000)
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })

const start = performance.now()
const stream = await client.chat.completions.create({ ...CHAT_PARAMS, stream: true })
let chunks = 0
let content = 0
for await (const chunk of stream) {
  chunks++
  if (chunk.choices[0]?.delta.content) content++
}
const ms = performance.now() - start
check(content === expected, `expected ${expected} content chunks, got ${content}`)
emit({ chunks, ms, chunksPerSec: (chunks * 1000) / ms })
