/** Cold start, openai-effect: import the client and complete one request. The clock starts with the process. */
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import { args, CHAT_PARAMS, check, emit } from "../shared.ts"
import { clientLayer } from "./client.ts"

const { url } = args()
const completion = await ChatCompletions.create(CHAT_PARAMS).pipe(Effect.provide(clientLayer(url)), Effect.runPromise)
const ms = performance.now()
check(completion.choices[0]?.message.content === "This is a test.", "unexpected completion")
emit({ ms })
