/**
 * How every example runs: against the real API when `OPENAI_API_KEY` is set,
 * otherwise against the local mock server started in this process (so the
 * examples work offline, in CI, and on a fresh clone).
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as MockServer from "../scripts/mock-server.ts"

/** The model the examples ask for. */
export const model = process.env.OPENAI_MODEL ?? "gpt-4o-mini"

/** Runs `program` with a client for the real API or the embedded mock, and exits non-zero on failure. */
export const run = async <A, E>(
  program: Effect.Effect<A, E, OpenAIClient.OpenAIClient>,
  options: OpenAIClient.Options = {}
): Promise<void> => {
  const real = process.env.OPENAI_API_KEY !== undefined && process.env.OPENAI_API_KEY !== ""
  const mock = real ? undefined : await MockServer.start()
  const client = real
    ? OpenAIClient.layerConfig(options)
    : OpenAIClient.layer({ apiKey: Redacted.make("sk-mock"), baseURL: `${mock!.url}/v1`, ...options })
  if (mock) console.log(`(no OPENAI_API_KEY: using the local mock server at ${mock.url})\n`)
  try {
    await program.pipe(Effect.provide(client.pipe(Layer.provide(FetchHttpClient.layer))), Effect.runPromise)
  } catch (error) {
    console.error(error)
    process.exitCode = 1
  } finally {
    await mock?.close()
  }
}
