/** The openai-effect client layer every program uses: fetch transport, no retries (like the others). */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import { API_KEY } from "../shared.ts"

export const clientLayer = (baseURL: string) =>
  OpenAIClient.layer({ apiKey: Redacted.make(API_KEY), baseURL, maxRetries: 0 }).pipe(
    Layer.provide(FetchHttpClient.layer)
  )
