/**
 * What the generated conformance suite (`../conformance.test.ts`) runs on: a `steady` mock server on
 * the official spec, started once for the file and stopped when its layer is released, a client
 * pointed at it, and checks that every response was a 2xx that steady accepted without warnings
 * (`x-steady-error-count: 0`).
 */
import type { BinaryResponse } from "@openai-effect/core/BinaryResponse"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import type { Page } from "@openai-effect/core/Page"
import * as ResponseMetadata from "@openai-effect/core/ResponseMetadata"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Stream from "effect/Stream"
import * as Steady from "../../../../scripts/steady.ts"

/** `../shared/openapi/openapi.yml` is there: without it the suite is skipped. */
export const available = Steady.specExists()

/** The client, on a `steady` started for the layer's lifetime (stopped by PID on release). */
export const layer: Layer.Layer<OpenAIClient.OpenAIClient> = Layer.unwrap(
  Effect.map(
    Effect.acquireRelease(Effect.promise(() => Steady.start()), (server) => Effect.promise(() => server.stop())),
    (server) =>
      OpenAIClient.layer({
        apiKey: Redacted.make("sk-test"),
        adminApiKey: Redacted.make("sk-admin"),
        baseURL: server.url,
        maxRetries: 0,
        timeout: "30 seconds"
      })
  )
).pipe(Layer.provide(FetchHttpClient.layer))

type Call<A> = Effect.Effect<A, OpenAIError, OpenAIClient.OpenAIClient>

const steadyErrors = (headers: Readonly<Record<string, string>>): string =>
  Object.keys(headers)
    .filter((name) => /^x-steady-error-\d+-message$/.test(name))
    .sort()
    .map((name) => headers[name])
    .join("; ")

/**
 * Fails with steady's diagnostics when a response was not a clean 2xx, or when steady matched another
 * operation of the spec than the one the function is for (`x-steady-matched-path`).
 */
const checkResponses = (
  specPath: string,
  seen: ReadonlyArray<ResponseMetadata.ResponseMetadata>
): Effect.Effect<void, Error> => {
  if (seen.length === 0) return Effect.fail(new Error("no response was received"))
  for (const metadata of seen) {
    if (metadata.status < 200 || metadata.status >= 300) {
      return Effect.fail(new Error(`status ${metadata.status}`))
    }
    const matched = metadata.headers["x-steady-matched-path"]
    if (matched !== specPath) {
      return Effect.fail(new Error(`steady matched ${matched}, expected ${specPath}`))
    }
    const count = metadata.headers["x-steady-error-count"]
    if (count !== undefined && count !== "0") {
      return Effect.fail(new Error(`steady reported ${count} warning(s): ${steadyErrors(metadata.headers)}`))
    }
  }
  return Effect.void
}

/** Adds steady's diagnostics to a status error, so a failing test says what steady rejected. */
const explain = (error: OpenAIError): Error => {
  const headers = "headers" in error ? (error.headers as Readonly<Record<string, string>>) : {}
  const detail = steadyErrors(headers)
  return new Error(`${error._tag}: ${error.message}${detail === "" ? "" : ` — steady: ${detail}`}`)
}

const recorded = <A, E>(
  specPath: string,
  run: (
    listener: (metadata: ResponseMetadata.ResponseMetadata) => void
  ) => Effect.Effect<A, E, OpenAIClient.OpenAIClient>
): Effect.Effect<A, Error, OpenAIClient.OpenAIClient> =>
  Effect.suspend(() => {
    const seen: Array<ResponseMetadata.ResponseMetadata> = []
    return run((metadata) => seen.push(metadata)).pipe(
      Effect.mapError((error) => (isOpenAIError(error) ? explain(error) : error as Error)),
      Effect.tap(() => checkResponses(specPath, seen))
    )
  })

const isOpenAIError = (u: unknown): u is OpenAIError => typeof u === "object" && u !== null && "_tag" in u

type Check<A> = (specPath: string, call: Call<A>) => Effect.Effect<void, Error, OpenAIClient.OpenAIClient>
type StreamCheck = <A>(
  specPath: string,
  stream: Stream.Stream<A, OpenAIError, OpenAIClient.OpenAIClient>
) => Effect.Effect<void, Error, OpenAIClient.OpenAIClient>

/** A JSON operation answers 2xx with a body. */
export const json: <A>(specPath: string, call: Call<A>) => Effect.Effect<void, Error, OpenAIClient.OpenAIClient> = (
  specPath,
  call
) => Effect.asVoid(recorded(specPath, (listener) => ResponseMetadata.tap(call, listener)))

/** A void operation answers 2xx. */
export const empty: Check<void> = (specPath, call) =>
  Effect.asVoid(recorded(specPath, (listener) => ResponseMetadata.tap(call, listener)))

/** A binary operation answers 2xx and its body can be read to the end. */
export const binary: Check<BinaryResponse> = (specPath, call) =>
  Effect.asVoid(
    recorded(specPath, (listener) => ResponseMetadata.tap(Effect.flatMap(call, (response) => response.bytes), listener))
  )

/** One page of a list operation. */
export const page: <A>(specPath: string, call: Call<Page<A>>) => Effect.Effect<void, Error, OpenAIClient.OpenAIClient> =
  (
    specPath,
    call
  ) => Effect.asVoid(recorded(specPath, (listener) => ResponseMetadata.tap(call, listener)))

/**
 * A list stream, capped at one item: steady answers every page request with the same generated page,
 * so following its cursor would (rightly) fail as a repeated cursor.
 */
export const list: StreamCheck = (specPath, stream) =>
  Effect.asVoid(
    recorded(specPath, (listener) => Stream.runCollect(ResponseMetadata.tapStream(Stream.take(stream, 1), listener)))
  )

/** A streaming operation yields at least one event. */
export const events: StreamCheck = (specPath, stream) =>
  recorded(specPath, (listener) => Stream.runCollect(ResponseMetadata.tapStream(Stream.take(stream, 1_000), listener)))
    .pipe(
      Effect.flatMap((collected) =>
        collected.length >= 1 ? Effect.void : Effect.fail(new Error("the stream yielded no event"))
      )
    )

/**
 * A streaming request steady accepted (2xx, no warnings), for the SSE operations whose spec entry
 * documents no `text/event-stream` response: steady answers those with one JSON document, which the
 * client reports as a `DecodeError` rather than an empty stream.
 */
export const streamAccepted: StreamCheck = (specPath, stream) =>
  recorded(specPath, (listener) =>
    Effect.matchEffect(Stream.runDrain(ResponseMetadata.tapStream(stream, listener)), {
      onSuccess: () => Effect.fail(new Error("expected steady to answer JSON, not an event stream")),
      onFailure: (error) => error._tag === "DecodeError" ? Effect.void : Effect.fail(error)
    }))
