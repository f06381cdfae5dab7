/**
 * Cold start, openai-effect: the first chat completion of a fresh runtime,
 * as a suite of one check (so the matrix's entries run it everywhere). Its
 * detail is `performance.now()` when the answer was parsed.
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { greeting } from "./expected.ts"
import type { Check } from "./suite.ts"

export const run = async (baseURL: string): Promise<ReadonlyArray<Check>> => {
  const completion = await ChatCompletions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: "Hi" }] })
    .pipe(
      Effect.provide(
        OpenAIClient.layer({ apiKey: Redacted.make("sk-cold"), baseURL, maxRetries: 0 }).pipe(
          Layer.provide(FetchHttpClient.layer)
        )
      ),
      Effect.runPromise
    )
  const ms = performance.now()
  return [{ name: "first completion", ok: completion.choices[0]?.message.content === greeting, detail: String(ms) }]
}
