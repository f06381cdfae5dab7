/** Cold start, official SDK: import the client and complete one request. The clock starts with the process. */
import OpenAI from "openai"
import { API_KEY, args, CHAT_PARAMS, check, emit } from "../shared.ts"

const { url } = args()
const client = new OpenAI({ apiKey: API_KEY, baseURL: url, maxRetries: 0 })
const completion = await client.chat.completions.create(CHAT_PARAMS)
const ms = performance.now()
check(completion.choices[0]?.message.content === "This is a test.", "unexpected completion")
emit({ ms })
