/**
 * The smoke suite every runtime of the matrix runs: a handful of calls a
 * user makes in the first hour, through the published entry points only
 * (`@openai-effect/core/...`, `@openai-effect/resources/...`, `effect/...`),
 * against the local smoke server (`../lib/server.ts`). It uses nothing but
 * `fetch`, `Blob`, timers and `crypto`, so the same code runs on Node, Deno,
 * Bun, workerd and in a browser; each runtime's entry only says where the
 * server is and where the results go.
 */
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Realtime from "@openai-effect/helpers/Realtime"
import * as RunTools from "@openai-effect/helpers/RunTools"
import * as Webhooks from "@openai-effect/helpers/Webhooks"
import * as ChatCompletions from "@openai-effect/resources/ChatCompletions"
import * as Files from "@openai-effect/resources/Files"
import * as Models from "@openai-effect/resources/Models"
import * as Tool from "effect/ai/Tool"
import * as Toolkit from "effect/ai/Toolkit"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import * as Stream from "effect/Stream"
import {
  checkNames,
  fileCount,
  greeting,
  notFoundRequestId,
  weatherCity,
  webhookBatchId,
  webhookSecret
} from "./expected.ts"

/** The outcome of one check. */
export interface Check {
  readonly name: string
  readonly ok: boolean
  readonly detail: string
}

const messages = [{ role: "user" as const, content: "Say hello" }]

const chat = Effect.map(
  ChatCompletions.create({ model: "gpt-4o-mini", messages }),
  (completion) => {
    const content = completion.choices[0]?.message.content
    return { ok: content === greeting, detail: `content: ${JSON.stringify(content)}` }
  }
)

/**
 * Takes three chunks of a stream the server would keep sending for seconds,
 * then asks the server whether it saw the connection close: dropping a
 * stream must abort its request in every runtime.
 */
const cancelledStream = (baseURL: string) =>
  Effect.gen(function*() {
    const id = crypto.randomUUID()
    const taken = yield* ChatCompletions.createStream({ model: "gpt-4o-mini", messages }, {
      headers: { "x-smoke-id": id }
    }).pipe(
      Stream.take(3),
      Stream.runCollect
    )
    const closed = yield* Effect.promise(() => fetch(`${baseURL}/_smoke/closed/${id}`).then((r) => r.json()))
    const ok = taken.length === 3 && (closed as { readonly closed: boolean }).closed
    return { ok, detail: `took ${taken.length} chunks; the server saw the socket close: ${JSON.stringify(closed)}` }
  })

const paginated = Effect.map(
  Stream.runCollect(Files.list({ limit: 10 })),
  (files) => ({
    ok: files.length === fileCount && files[fileCount - 1]?.id === `file-${fileCount}`,
    detail: `${files.length} files over 3 pages, last ${files[files.length - 1]?.id}`
  })
)

const upload = Effect.map(
  Files.create({ file: new Blob(["{\"a\":1}\n"], { type: "application/jsonl" }), purpose: "batch" }),
  (file) => ({
    ok: file.bytes === 8 && file.filename.length > 0,
    detail: `${file.filename}, ${file.bytes} bytes`
  })
)

const typedError = Models.retrieve("no-such-model").pipe(
  Effect.map(() => ({ ok: false, detail: "the call succeeded" })),
  Effect.catchTag("NotFoundError", (error) =>
    Effect.succeed({
      ok: error.status === 404 && error.requestId === notFoundRequestId,
      detail: `NotFoundError ${error.status}, request id ${error.requestId}`
    }))
)

const GetWeather = Tool.make("get_weather", {
  parameters: Schema.Struct({ city: Schema.String }),
  success: Schema.String
})
const weatherTools = Toolkit.make(GetWeather)

/** One round of the tool loop: the model calls the tool, its handler answers, the model uses the answer. */
const toolRound = RunTools.run({
  model: "gpt-4o-mini",
  messages: [{ role: "user", content: "What is the weather?" }],
  toolkit: weatherTools
}).pipe(
  Effect.provide(weatherTools.toLayer({ get_weather: ({ city }) => Effect.succeed(`18C in ${city}`) })),
  Effect.map((result) => ({
    ok: result.completions.length === 2 && result.finalContent?.includes(`18C in ${weatherCity}`) === true,
    detail: `${result.completions.length} completions, final: ${JSON.stringify(result.finalContent)}`
  }))
)

/** A delivery the server signed with node:crypto, verified here with WebCrypto. */
const webhook = (baseURL: string) =>
  Effect.gen(function*() {
    const delivery = yield* Effect.promise(() =>
      fetch(`${baseURL}/_smoke/webhook`).then((r) =>
        r.json() as Promise<{ readonly payload: string; readonly headers: Record<string, string> }>
      )
    )
    const event = yield* Webhooks.unwrap(delivery.payload, delivery.headers, { secret: webhookSecret })
    const tampered = yield* Webhooks.verifySignature(`${delivery.payload} `, delivery.headers, {
      secret: webhookSecret
    }).pipe(Effect.flip, Effect.map((error) => error.reason))
    const id = event.type === "batch.completed" ? event.data.id : undefined
    return {
      ok: id === webhookBatchId && tampered === "BadSignature",
      detail: `${event.type} ${id}; a tampered body: ${tampered}`
    }
  })

/** A text-only realtime session over the runtime's own WebSocket. */
const realtimeSession = Effect.scoped(
  Effect.gen(function*() {
    const session = yield* Realtime.connect({ model: "gpt-realtime" })
    yield* Realtime.sendText(session, "Say hello")
    const text = yield* Stream.mkString(Realtime.textDeltas(session))
    return { ok: text === greeting, detail: `the session said ${JSON.stringify(text)}` }
  })
)

type Outcome = Effect.Effect<Omit<Check, "name">, unknown, OpenAIClient.OpenAIClient>

/**
 * Runs every check against the smoke server at `baseURL` and reports each,
 * whatever the others did.
 */
export const run = (baseURL: string): Promise<ReadonlyArray<Check>> => {
  const checks: Record<(typeof checkNames)[number], Outcome> = {
    "chat completion": chat,
    "stream cancelled half-way": cancelledStream(baseURL),
    "auto-paginated list": paginated,
    "upload from a Blob": upload,
    "typed error": typedError,
    "one RunTools round": toolRound,
    "webhook verified": webhook(baseURL),
    "realtime session": realtimeSession
  }
  // An ephemeral-style key: where a WebSocket cannot send headers (browsers, workers), only such a
  // key may travel as the realtime subprotocol.
  const client = OpenAIClient.layer({
    apiKey: Redacted.make("ek_smoke"),
    baseURL,
    maxRetries: 0,
    timeout: "10 seconds"
  })
    .pipe(Layer.provide(FetchHttpClient.layer))
  return Effect.runPromise(
    Effect.forEach(checkNames, (name) =>
      checks[name].pipe(
        Effect.catchCause((cause) => Effect.succeed({ ok: false, detail: `failed: ${String(cause)}` })),
        Effect.map((result): Check => ({ name, ...result }))
      )).pipe(Effect.provide(client))
  )
}
