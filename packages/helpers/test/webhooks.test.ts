/**
 * Webhook signatures against vectors computed here with node:crypto, independently of the
 * WebCrypto code under test. Time is the TestClock's, so stale and future timestamps are exact.
 */
import { assert, describe, it } from "@effect/vitest"
import * as OpenAIClient from "@openai-effect/core/OpenAIClient"
import * as Webhooks from "@openai-effect/helpers/Webhooks"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as FetchHttpClient from "effect/http/FetchHttpClient"
import * as Layer from "effect/Layer"
import * as Redacted from "effect/Redacted"
import * as TestClock from "effect/testing/TestClock"
import { createHmac, randomBytes } from "node:crypto"

const key = randomBytes(32)
const secret = `whsec_${key.toString("base64")}`
const now = 1_750_000_000
const payload = JSON.stringify({
  id: "evt_685343a1381c819085d44c354e1b330e",
  type: "batch.completed",
  object: "event",
  created_at: now,
  data: { id: "batch_abc123" }
})

const sign = (body: string, timestamp: number, id = "wh_1", signingKey: Buffer = key): string =>
  `v1,${createHmac("sha256", signingKey).update(`${id}.${timestamp}.${body}`).digest("base64")}`

const headers = (signature: string, timestamp = now, id = "wh_1"): Record<string, string> => ({
  "webhook-id": id,
  "webhook-timestamp": String(timestamp),
  "webhook-signature": signature
})

/** The TestClock at `now` (seconds). */
const atNow = TestClock.setTime(now * 1000)

const reasonOf = <A>(effect: Effect.Effect<A, Webhooks.WebhookVerificationError>) =>
  Effect.map(Effect.flip(effect), (error) => error.reason)

describe("Webhooks.verifySignature", () => {
  it.effect("accepts a delivery signed with the secret", () =>
    Effect.gen(function*() {
      yield* atNow
      yield* Webhooks.verifySignature(payload, headers(sign(payload, now)), { secret })
    }))

  it.effect("accepts the body as bytes, as a raw request body arrives", () =>
    Effect.gen(function*() {
      yield* atNow
      yield* Webhooks.verifySignature(new TextEncoder().encode(payload), headers(sign(payload, now)), { secret })
    }))

  it.effect("refuses a tampered body", () =>
    Effect.gen(function*() {
      yield* atNow
      const tampered = payload.replace("batch_abc123", "batch_abc124")
      assert.strictEqual(
        yield* reasonOf(Webhooks.verifySignature(tampered, headers(sign(payload, now)), { secret })),
        "BadSignature"
      )
    }))

  it.effect("refuses a delivery whose id was changed", () =>
    Effect.gen(function*() {
      yield* atNow
      assert.strictEqual(
        yield* reasonOf(Webhooks.verifySignature(payload, headers(sign(payload, now), now, "wh_2"), { secret })),
        "BadSignature"
      )
    }))

  it.effect("refuses a signature made with another secret", () =>
    Effect.gen(function*() {
      yield* atNow
      const other = `whsec_${randomBytes(32).toString("base64")}`
      assert.strictEqual(
        yield* reasonOf(Webhooks.verifySignature(payload, headers(sign(payload, now)), { secret: other })),
        "BadSignature"
      )
    }))

  it.effect("accepts a header with several signatures when any one matches", () =>
    Effect.gen(function*() {
      yield* atNow
      const rotated = sign(payload, now, "wh_1", randomBytes(32))
      const signature = `${rotated} v1a,${randomBytes(64).toString("base64")} v1,not-base64 ${sign(payload, now)}`
      yield* Webhooks.verifySignature(payload, headers(signature), { secret })
    }))

  it.effect("refuses a header with several signatures when none matches", () =>
    Effect.gen(function*() {
      yield* atNow
      const other = randomBytes(32)
      const signature = `${sign(payload, now, "wh_1", other)} ${sign(payload, now - 1)}`
      assert.strictEqual(
        yield* reasonOf(Webhooks.verifySignature(payload, headers(signature), { secret })),
        "BadSignature"
      )
    }))

  for (const [when, sign_, reason] of [["old", -1, "StaleTimestamp"], ["ahead", 1, "FutureTimestamp"]] as const) {
    it.effect(`accepts a timestamp 300 seconds ${when}, refuses one 301 seconds ${when} (${reason})`, () =>
      Effect.gen(function*() {
        yield* atNow
        const edge = now + sign_ * 300
        yield* Webhooks.verifySignature(payload, headers(sign(payload, edge), edge), { secret })
        const beyond = now + sign_ * 301
        assert.strictEqual(
          yield* reasonOf(Webhooks.verifySignature(payload, headers(sign(payload, beyond), beyond), { secret })),
          reason
        )
      }))
  }

  it.effect("refuses a delivery once the clock has moved past the tolerance", () =>
    Effect.gen(function*() {
      yield* atNow
      const signed = headers(sign(payload, now))
      yield* Webhooks.verifySignature(payload, signed, { secret })
      yield* TestClock.adjust("301 seconds")
      assert.strictEqual(yield* reasonOf(Webhooks.verifySignature(payload, signed, { secret })), "StaleTimestamp")
    }))

  it.effect("takes a tolerance as a duration", () =>
    Effect.gen(function*() {
      yield* atNow
      const old = now - 60
      const signed = headers(sign(payload, old), old)
      yield* Webhooks.verifySignature(payload, signed, { secret, tolerance: "2 minutes" })
      assert.strictEqual(
        yield* reasonOf(Webhooks.verifySignature(payload, signed, { secret, tolerance: "59 seconds" })),
        "StaleTimestamp"
      )
    }))

  for (const name of ["webhook-id", "webhook-timestamp", "webhook-signature"]) {
    it.effect(`refuses a delivery without ${name}, naming it`, () =>
      Effect.gen(function*() {
        yield* atNow
        const { [name]: _, ...rest } = headers(sign(payload, now))
        const error = yield* Effect.flip(Webhooks.verifySignature(payload, rest, { secret }))
        assert.strictEqual(error.reason, "MissingHeader")
        assert.strictEqual(error.header, name)
        assert.strictEqual(error.message, `The webhook request has no ${name} header`)
      }))
  }

  it.effect("refuses a timestamp that is not a number of seconds", () =>
    Effect.gen(function*() {
      yield* atNow
      const signed = { ...headers(sign(payload, now)), "webhook-timestamp": `${now}abc` }
      const error = yield* Effect.flip(Webhooks.verifySignature(payload, signed, { secret }))
      assert.strictEqual(error.reason, "InvalidHeader")
      assert.strictEqual(error.header, "webhook-timestamp")
    }))

  it.effect("reads headers in any case, from a fetch Headers too", () =>
    Effect.gen(function*() {
      yield* atNow
      const signed = headers(sign(payload, now))
      const upper = Object.fromEntries(Object.entries(signed).map(([k, v]) => [k.toUpperCase(), v]))
      yield* Webhooks.verifySignature(payload, upper, { secret })
      yield* Webhooks.verifySignature(payload, new Headers(signed), { secret })
    }))

  it.effect("fails with MissingSecret when neither the options nor a client give one", () =>
    Effect.gen(function*() {
      yield* atNow
      const error = yield* Effect.flip(Webhooks.verifySignature(payload, headers(sign(payload, now))))
      assert.strictEqual(error.reason, "MissingSecret")
    }))

  it.effect("never puts the secret in an error", () =>
    Effect.gen(function*() {
      yield* atNow
      const broken = "whsec_%%%not-base64%%%"
      const error = yield* Effect.flip(
        Webhooks.verifySignature(payload, headers(sign(payload, now)), { secret: broken })
      )
      assert.strictEqual(error.reason, "InvalidSecret")
      assert.notInclude(`${error.message} ${JSON.stringify(error)} ${String(error)}`, "not-base64")
    }))

  it.effect("uses the client's webhookSecret, read from OPENAI_WEBHOOK_SECRET by layerConfig", () =>
    Effect.gen(function*() {
      yield* atNow
      yield* Webhooks.verifySignature(payload, headers(sign(payload, now))).pipe(
        Effect.provide(
          OpenAIClient.layerConfig().pipe(
            Layer.provide(FetchHttpClient.layer),
            Layer.provide(ConfigProvider.layer(ConfigProvider.fromUnknown({ OPENAI_WEBHOOK_SECRET: secret })))
          )
        )
      )
    }))

  it.effect("prefers the secret option to the client's", () =>
    Effect.gen(function*() {
      yield* atNow
      const client = OpenAIClient.layer({ webhookSecret: Redacted.make(`whsec_${randomBytes(32).toString("base64")}`) })
      yield* Webhooks.verifySignature(payload, headers(sign(payload, now)), { secret: Redacted.make(secret) }).pipe(
        Effect.provide(client.pipe(Layer.provide(FetchHttpClient.layer)))
      )
    }))
})

describe("Webhooks.unwrap", () => {
  it.effect("returns the typed event of a verified delivery", () =>
    Effect.gen(function*() {
      yield* atNow
      const event = yield* Webhooks.unwrap(payload, headers(sign(payload, now)), { secret })
      assert.strictEqual(event.type, "batch.completed")
      if (event.type === "batch.completed") assert.strictEqual(event.data.id, "batch_abc123")
      assert.deepStrictEqual(event, JSON.parse(payload))
    }))

  it.effect("does not parse a body whose signature fails", () =>
    Effect.gen(function*() {
      yield* atNow
      assert.strictEqual(
        yield* reasonOf(Webhooks.unwrap("{}", headers(sign(payload, now)), { secret })),
        "BadSignature"
      )
    }))

  it.effect("fails with InvalidPayload for a signed body that is not an event", () =>
    Effect.gen(function*() {
      yield* atNow
      const body = "[1, 2"
      assert.strictEqual(yield* reasonOf(Webhooks.unwrap(body, headers(sign(body, now)), { secret })), "InvalidPayload")
    }))
})
