/**
 * Cold start, the official `openai` package: the same first chat completion
 * as `cold-start-effect.ts`, for the side-by-side figure.
 */
import OpenAI from "openai"
import { greeting } from "./expected.ts"
import type { Check } from "./suite.ts"

export const run = async (baseURL: string): Promise<ReadonlyArray<Check>> => {
  const client = new OpenAI({ apiKey: "sk-cold", baseURL, maxRetries: 0, dangerouslyAllowBrowser: true })
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: "Hi" }]
  })
  const ms = performance.now()
  return [{ name: "first completion", ok: completion.choices[0]?.message.content === greeting, detail: String(ms) }]
}
