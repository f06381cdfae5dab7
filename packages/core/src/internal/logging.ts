/**
 * The client's log lines through Effect's logger. Only `OpenAIClient`'s
 * logging combinators and `layerConfig` (for `OPENAI_LOG`) reach this module,
 * so a program that never turns logging on carries none of Effect's logger.
 */
import * as Clock from "effect/Clock"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as References from "effect/References"
import type { Logging, LogLevel } from "./service.ts"

const redactedHeaders = /^(authorization|api-key|cookie|set-cookie|x-api-key|proxy-authorization)$/i

/** Headers as they may appear in logs: credentials and cookies replaced. */
const redactHeaders = (headers: Readonly<Record<string, string>>): Record<string, string> => {
  const out: Record<string, string> = {}
  for (const name of Object.keys(headers)) out[name] = redactedHeaders.test(name) ? "<redacted>" : headers[name]!
  return out
}

// The line is let through at its own level even when the program's minimum
// level is higher, so `OPENAI_LOG=debug` shows debug lines by itself.
const line = (level: "Info" | "Debug", message: string, annotations: Record<string, unknown>) =>
  Effect.provideService(Effect.logWithLevel(level)(message, annotations), References.MinimumLogLevel, level)

/** The logging for `level`; `undefined` above info, where the client has nothing to say. */
export const make = (level: LogLevel): Logging | undefined =>
  level === "info" || level === "debug"
    ? {
      exchange: level === "debug"
        ? (request, send) =>
          Effect.andThen(
            line("Debug", "OpenAI request", {
              method: request.method,
              url: request.url,
              headers: redactHeaders(request.headers)
            }),
            Clock.clockWith((clock) => {
              const start = clock.currentTimeMillisUnsafe()
              return Effect.tap(send, (response) =>
                line("Debug", "OpenAI response", {
                  method: request.method,
                  url: request.url,
                  status: response.status,
                  latencyMillis: clock.currentTimeMillisUnsafe() - start,
                  requestId: response.headers["x-request-id"]
                }))
            })
          )
        : undefined,
      retry: (request, error, attempt, delay) =>
        line("Info", `OpenAI request failed on attempt ${attempt}; retrying in ${Duration.format(delay)}`, {
          request,
          attempt,
          delayMillis: Duration.toMillis(delay),
          reason: error.message
        })
    }
    : undefined
