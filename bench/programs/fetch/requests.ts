/** Per-request overhead, the floor: `fetch` and `JSON.parse`, nothing else. */
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"

const { url, num } = args()
const n = num("n", 2000)
const warmup = num("warmup", 100)
const create = async () => {
  const response = await fetch(`${url}/chat/completions`, {
    method: "POST",
    headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
    body: JSON.stringify(CHAT_PARAMS)
  })
  if (!response.ok) throw new Error(`status ${response.status}`)
  return (await response.json()) as { choices: Array<{ message: { content: string } }> }
}

for (let i = 0; i < warmup; i++) await create()
const cpu = process.cpuUsage()
const start = performance.now()
for (let i = 0; i < n; i++) {
  const completion = await create()
  check(completion.choices[0]?.message.content === "This is a test.", "unexpected completion")
}
const ms = performance.now() - start
const used = process.cpuUsage(cpu)
emit({ requests: n, ms, cpuMsPerRequest: (used.user + used.system) / 1000 / n, reqPerSec: (n * 1000) / ms })
