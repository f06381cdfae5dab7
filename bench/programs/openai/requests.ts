/** Per-request overhead, official SDK: sequential non-streaming chat completions. */
import OpenAI from "openai"
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"

const { url, num } = args()
const n = num("n", 2000)
const warmup = num("warmup", 100)
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })

for (let i = 0; i < warmup; i++) await client.chat.completions.create(CHAT_PARAMS)
const cpu = process.cpuUsage()
const start = performance.now()
for (let i = 0; i < n; i++) {
  const completion = await client.chat.completions.create(CHAT_PARAMS)
  check(completion.choices[0]?.message.content === "This is a test.", "unexpected completion")
}
const ms = performance.now() - start
const used = process.cpuUsage(cpu)
emit({ requests: n, ms, cpuMsPerRequest: (used.user + used.system) / 1000 / n, reqPerSec: (n * 1000) / ms })
