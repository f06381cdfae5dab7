/** Auto-pagination, the floor: a `fetch` loop following `after` until `has_more` is false. */
import { API_KEY, args, check, emit } from "../shared.ts"

const { url, num } = args()
const expected = num("items", 100_000)
const limit = num("limit", 100)

const rssBefore = process.memoryUsage().rss
const start = performance.now()
let items = 0
let bytes = 0
let after: string | undefined
for (;;) {
  const query = new URLSearchParams({ limit: String(limit), ...(after !== undefined ? { after } : {}) })
  const response = await fetch(`${url}/files?${query}`, { headers: { authorization: `Bearer ${API_KEY}` } })
  if (!response.ok) throw new Error(`status ${response.status}`)
  const page = (await response.json()) as { data: Array<{ id: string; bytes: number }>; has_more: boolean }
  for (const file of page.data) {
    items++
    bytes += file.bytes
  }
  if (!page.has_more || page.data.length === 0) break
  after = page.data[page.data.length - 1].id
}
const ms = performance.now() - start
check(items === expected && bytes > 0, `expected ${expected} items, got ${items}`)
emit({ items, ms, itemsPerSec: (items * 1000) / ms, rssBefore })
