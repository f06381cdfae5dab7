/**
 * A scripted `HttpClient` for unit tests: each request takes the next answer
 * of the script, and every request is recorded with its decoded body. It uses
 * no sockets and no timers, so `TestClock` decides every delay.
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Context from "effect/Context"
import type * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Fiber from "effect/Fiber"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as HttpClient from "effect/http/HttpClient"
import * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientRequest from "effect/http/HttpClientRequest"
import * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Layer from "effect/Layer"
import * as Random from "effect/Random"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as TestClock from "effect/testing/TestClock"

/** What the script answers one request with. */
export type Answer =
  | {
    readonly _tag: "Response"
    readonly status: number
    readonly headers: Record<string, string>
    readonly body: BodyInit | null
  }
  | { readonly _tag: "Reset" }
  | { readonly _tag: "Stall" }

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  _tag: "Response",
  status,
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body)
})

export const text = (status: number, body: string, headers: Record<string, string> = {}): Answer => ({
  _tag: "Response",
  status,
  headers,
  body
})

export const status = (code: number, headers: Record<string, string> = {}): Answer =>
  json(code, { error: { message: `status ${code}`, type: "test", code: null, param: null } }, headers)

/** An SSE body from raw text, delivered as given. */
export const sse = (body: string, headers: Record<string, string> = {}): Answer => ({
  _tag: "Response",
  status: 200,
  headers: { "content-type": "text/event-stream", ...headers },
  body
})

export const reset: Answer = { _tag: "Reset" }
export const stall: Answer = { _tag: "Stall" }

export interface Recorded {
  readonly method: string
  readonly url: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: string | undefined
  readonly contentType: string | undefined
  /** The fetch options the transport would use for this request. */
  readonly requestInit: globalThis.RequestInit | undefined
}

export interface Scripted {
  readonly requests: ReadonlyArray<Recorded>
  readonly layer: Layer.Layer<HttpClient.HttpClient>
}

const decodeBody = (
  request: HttpClientRequest.HttpClientRequest
): Effect.Effect<{ readonly body: string | undefined; readonly contentType: string | undefined }> => {
  const body = request.body
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
  switch (body._tag) {
    case "Uint8Array":
      return Effect.succeed({ body: decode(body.body), contentType: body.contentType })
    case "FormData":
      return Effect.promise(async () => {
        // Encode the form the way fetch will, to see its boundary and parts.
        const encoded = new Response(body.formData)
        return { contentType: encoded.headers.get("content-type") ?? undefined, body: await encoded.text() }
      })
    case "Stream":
      return Effect.map(
        Stream.mkUint8Array(Stream.orDie(body.stream)),
        (bytes) => ({ body: decode(bytes), contentType: body.contentType })
      )
    default:
      return Effect.succeed({ body: undefined, contentType: undefined })
  }
}

/** A client answering with `answers` in order; an answer function sees the request. */
export const scripted = (
  answers: ReadonlyArray<Answer | ((request: Recorded) => Answer)>
): Scripted => {
  const requests: Array<Recorded> = []
  const layer = Layer.succeed(
    HttpClient.HttpClient,
    HttpClient.make((request, _url, _signal, fiber) =>
      Effect.gen(function*() {
        const recorded: Recorded = {
          method: request.method,
          url: request.url,
          headers: request.headers,
          requestInit: Context.getOrUndefined(fiber.context, FetchHttpClient.RequestInit),
          ...(yield* decodeBody(request))
        }
        requests.push(recorded)
        const next = answers[requests.length - 1] ?? answers[answers.length - 1]
        if (next === undefined) return yield* Effect.die("script exhausted")
        const answer = typeof next === "function" ? next(recorded) : next
        switch (answer._tag) {
          case "Reset":
            return yield* Effect.fail(
              new HttpClientError.HttpClientError({
                reason: new HttpClientError.TransportError({ request, description: "socket hang up" })
              })
            )
          case "Stall":
            return yield* Effect.never
          case "Response":
            return HttpClientResponse.fromWeb(
              request,
              new Response(answer.body, { status: answer.status, headers: answer.headers })
            )
        }
      })
    )
  )
  return { requests, layer }
}

/** The client over a script, with a test key and base URL. */
export const client = (script: Scripted, options: OpenAIClient.Options = {}) =>
  OpenAIClient.layer({ apiKey: Redacted.make("sk-test"), baseURL: "http://127.0.0.1:1/v1", ...options }).pipe(
    Layer.provide(script.layer)
  )

/** Jitter fixed at factor `1 - random * 0.25` (0: none), so retry delays are exact. */
export const jitter = (random: number) =>
  Effect.provideService(Random.Random, { nextDoubleUnsafe: () => random, nextIntUnsafe: () => 0 })

/**
 * Runs `effect` over `script` in the background and counts the requests sent
 * after each step of the `TestClock`; then awaits the outcome.
 */
export const timeline = <A, E>(
  script: Scripted,
  effect: Effect.Effect<A, E, OpenAIClient.OpenAIClient>,
  steps: ReadonlyArray<Duration.Input>,
  options: { readonly client?: OpenAIClient.Options; readonly random?: number } = {}
) =>
  Effect.gen(function*() {
    const fiber = yield* effect.pipe(
      Effect.provide(client(script, options.client)),
      jitter(options.random ?? 0),
      Effect.forkChild
    )
    yield* Effect.yieldNow
    const counts = [script.requests.length]
    for (const step of steps) {
      yield* TestClock.adjust(step)
      counts.push(script.requests.length)
    }
    return { counts, exit: yield* Fiber.await(fiber) }
  })

/** A stream that sends `text`, then nothing, never ending. */
export const sseThenSilence = (text: string): Answer => {
  const bytes = new TextEncoder().encode(text)
  let sent = false
  return {
    _tag: "Response",
    status: 200,
    headers: { "content-type": "text/event-stream" },
    body: new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent || bytes.length === 0) return new Promise<void>(() => {})
        sent = true
        controller.enqueue(bytes)
      }
    })
  }
}
