/** Auto-pagination, official SDK: every file of the list, 100 per page. */
import OpenAI from "openai"
import { API_KEY, args, check, emit } from "../shared.ts"

const { url, num } = args()
const expected = num("items", 100_000)
const limit = num("limit", 100)
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })

const rssBefore = process.memoryUsage().rss
const start = performance.now()
let items = 0
let bytes = 0
for await (const file of client.files.list({ limit })) {
  items++
  bytes += file.bytes
}
const ms = performance.now() - start
check(items === expected && bytes > 0, `expected ${expected} items, got ${items}`)
emit({ items, ms, itemsPerSec: (items * 1000) / ms, rssBefore })
