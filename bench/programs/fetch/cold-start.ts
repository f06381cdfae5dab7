/** Cold start, the floor: one `fetch` of a chat completion. The clock starts with the process. */
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"

const { url } = args()
const response = await fetch(`${url}/chat/completions`, {
  method: "POST",
  headers: { authorization: `Bearer ${API_KEY}`, "content-type": "application/json" },
  body: JSON.stringify(CHAT_PARAMS)
})
const completion = (await response.json()) as { choices: Array<{ message: { content: string } }> }
const ms = performance.now()
check(completion.choices[0]?.message.content === "This is a test.", "unexpected completion")
emit({ ms })
