/**
 * A webhook endpoint on node:http: it verifies each delivery's signature with
 * `Webhooks.unwrap` and answers 200 for a genuine event, 400 for anything else.
 * The example plays OpenAI too: it signs a `batch.completed` event with the
 * endpoint's secret (as the API does, Standard Webhooks) and posts it, then
 * posts a tampered copy and a replay from ten minutes ago.
 *
 * In production the secret comes from the dashboard, through
 * OPENAI_WEBHOOK_SECRET (`OpenAIClient.layerConfig` reads it) or the
 * `secret` option.
 */
import type * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Webhooks from "@openai-effect/helpers/Webhooks"
import * as Console from "effect/Console"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { createHmac, randomBytes } from "node:crypto"
import * as http from "node:http"
import type { AddressInfo } from "node:net"
import { run } from "./runtime.ts"

const key = randomBytes(32)
const secret = Redacted.make(`whsec_${key.toString("base64")}`)

const program = Effect.gen(function*() {
  // The handler runs each request as an Effect with this program's services (the client and its secret).
  const context = yield* Effect.context<OpenAIClient.OpenAIClient>()
  const handle = (body: Uint8Array, headers: http.IncomingHttpHeaders) =>
    Webhooks.unwrap(body, headers).pipe(
      Effect.map((event) => {
        switch (event.type) {
          case "batch.completed":
            return { status: 200, text: `batch ${event.data.id} completed` }
          default:
            return { status: 200, text: `ignored ${event.type}` }
        }
      }),
      Effect.catchTag("WebhookVerificationError", (error) => Effect.succeed({ status: 400, text: error.reason })),
      Effect.provideContext(context),
      Effect.runPromise
    )

  const server = yield* Effect.acquireRelease(
    Effect.promise(() =>
      new Promise<http.Server>((resolve) => {
        const server = http.createServer((request, response) => {
          const chunks: Array<Buffer> = []
          request.on("data", (chunk: Buffer) => chunks.push(chunk))
          request.on("end", () => {
            void handle(Buffer.concat(chunks), request.headers).then(({ status, text }) => {
              response.writeHead(status, { "content-type": "text/plain" }).end(text)
            })
          })
        })
        server.listen(0, "127.0.0.1", () => resolve(server))
      })
    ),
    (server) => Effect.promise(() => new Promise<void>((resolve) => server.close(() => resolve())))
  )
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/openai`

  // What OpenAI sends: the event, signed over `id.timestamp.body`.
  const deliver = (body: string, options: { readonly signedBody?: string; readonly ageSeconds?: number } = {}) =>
    Effect.promise(async () => {
      const id = `wh_${randomBytes(12).toString("hex")}`
      const timestamp = Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0)
      const signature = createHmac("sha256", key).update(`${id}.${timestamp}.${options.signedBody ?? body}`).digest(
        "base64"
      )
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "webhook-id": id,
          "webhook-timestamp": String(timestamp),
          "webhook-signature": `v1,${signature}`
        },
        body
      })
      return `${response.status} ${await response.text()}`
    })

  const event = JSON.stringify({
    id: "evt_abc123",
    object: "event",
    type: "batch.completed",
    created_at: Math.floor(Date.now() / 1000),
    data: { id: "batch_abc123" }
  })
  yield* Console.log(`genuine delivery  -> ${yield* deliver(event)}`)
  yield* Console.log(`tampered delivery -> ${yield* deliver(event.replace("abc123", "xyz789"), { signedBody: event })}`)
  yield* Console.log(`replayed delivery -> ${yield* deliver(event, { ageSeconds: 600 })}`)
}).pipe(Effect.scoped)

await run(program, { webhookSecret: secret })
