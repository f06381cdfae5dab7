/** SSE throughput with the accumulating helper, official SDK: `chat.completions.stream` to the final completion. */
import OpenAI from "openai"
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"

const { url, num } = args()
const expected = num("chunks", 100_000)
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })

const start = performance.now()
const stream = client.chat.completions.stream({ ...CHAT_PARAMS, stream: true })
let chunks = 0
for await (const _chunk of stream) chunks++
const completion = await stream.finalChatCompletion()
const ms = performance.now() - start
const text = completion.choices[0]?.message.content ?? ""
check(text.length > expected, `expected the accumulated text of ${expected} chunks, got ${text.length} characters`)
emit({ chunks, ms, chunksPerSec: (chunks * 1000) / ms, characters: text.length })
