/** Per-call overhead of one text generation, official SDK: sequential `responses.create`. */
import OpenAI from "openai"
import { API_KEY, args, check, emit, RESPONSES_PARAMS } from "../shared.ts"

const { url, num } = args()
const n = num("n", 2000)
const warmup = num("warmup", 100)
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })

for (let i = 0; i < warmup; i++) await client.responses.create(RESPONSES_PARAMS)
const cpu = process.cpuUsage()
const start = performance.now()
for (let i = 0; i < n; i++) {
  const response = await client.responses.create(RESPONSES_PARAMS)
  check(response.output_text === "This is a test.", "unexpected response")
}
const ms = performance.now() - start
const used = process.cpuUsage(cpu)
emit({ requests: n, ms, cpuMsPerRequest: (used.user + used.system) / 1000 / n, reqPerSec: (n * 1000) / ms })
