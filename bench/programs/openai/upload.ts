/** Streamed upload, official SDK: a generated stream through `toStreamingFile` (the SDK's non-buffering path). */
import OpenAI, { toStreamingFile } from "openai"
import { API_KEY, args, check, emit, generatedStream, MIB } from "../shared.ts"

const { url, num } = args()
const total = num("mib", 256) * MIB
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })

const rssBefore = process.memoryUsage().rss
const start = performance.now()
const file = await client.files.create({
  file: toStreamingFile(generatedStream(total), "generated.jsonl"),
  purpose: "batch"
})
const ms = performance.now() - start
check(
  file.bytes === total && file.filename === "generated.jsonl",
  `server counted ${file.bytes} bytes named ${file.filename}`
)
emit({ bytes: total, ms, rssBefore, rssGrowth: process.resourceUsage().maxRSS * 1024 - rssBefore })
