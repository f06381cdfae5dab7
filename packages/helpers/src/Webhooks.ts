/**
 * Webhook deliveries from OpenAI: check that a request was signed with your
 * endpoint's secret, and read its event.
 *
 * Deliveries follow Standard Webhooks: the `webhook-signature` header holds
 * one or more `v1,<base64>` HMAC-SHA256 signatures of
 * `<webhook-id>.<webhook-timestamp>.<body>`, keyed by the `whsec_` secret.
 * A delivery whose timestamp is more than `tolerance` (5 minutes) away from
 * now, in either direction, is refused, so a captured request cannot be
 * replayed later. Verification uses WebCrypto only and runs in every runtime.
 *
 * ```ts
 * const event = yield* Webhooks.unwrap(rawBody, request.headers)
 * if (event.type === "batch.completed") yield* Effect.log(`batch ${event.data.id} is done`)
 * ```
 *
 * Pass the body exactly as received (a string or its bytes): a body parsed
 * and serialized again no longer matches its signature.
 *
 * @since 0.1.0
 */
import * as Service from "@openai-effect/core/OpenAIClient"
import type { WebhookEvent } from "@openai-effect/resources/types/WebhookEvent"
import * as Clock from "effect/Clock"
import * as Data from "effect/Data"
import * as Duration from "effect/Duration"
import * as Effect from "effect/Effect"
import * as Base64 from "effect/encoding/Base64"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Result from "effect/Result"

/**
 * The events `unwrap` returns, told apart by `type`.
 *
 * @category models
 * @since 0.1.0
 */
export type { WebhookEvent }

/**
 * Request headers as any server hands them over: a fetch `Headers`, Node's
 * `IncomingHttpHeaders`, or a plain record (names in any case).
 *
 * @category models
 * @since 0.1.0
 */
export type HeadersInput =
  | Headers
  | Readonly<Record<string, string | ReadonlyArray<string> | undefined>>

/**
 * @category models
 * @since 0.1.0
 */
export interface Options {
  /**
   * The endpoint's signing secret (`whsec_...`). Default: the client's
   * `webhookSecret` (`OPENAI_WEBHOOK_SECRET` with `layerConfig`).
   */
  readonly secret?: string | Redacted.Redacted<string> | undefined
  /**
   * How far the delivery's timestamp may be from now, either way. Default 5
   * minutes. A number is milliseconds (the official SDK's number is seconds).
   */
  readonly tolerance?: Duration.Input | undefined
}

/**
 * Why a delivery was refused:
 * - `MissingHeader`: `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent;
 * - `InvalidHeader`: the timestamp is not a number of seconds;
 * - `StaleTimestamp`, `FutureTimestamp`: it is further from now than the tolerance;
 * - `BadSignature`: no `v1` signature matches the body;
 * - `MissingSecret`, `InvalidSecret`: no secret was given, or a `whsec_` secret is not base64;
 * - `InvalidPayload`: the signed body is not a JSON event (`unwrap` only).
 *
 * @category models
 * @since 0.1.0
 */
export type Reason =
  | "MissingHeader"
  | "InvalidHeader"
  | "StaleTimestamp"
  | "FutureTimestamp"
  | "BadSignature"
  | "MissingSecret"
  | "InvalidSecret"
  | "InvalidPayload"

/**
 * A delivery that must not be trusted. The message names the reason and the
 * header; it never contains the secret or a signature.
 *
 * @example
 * Webhooks.unwrap(body, headers).pipe(
 *   Effect.catchTag("WebhookVerificationError", (e) => Effect.succeed(Response.json({ error: e.reason }, { status: 400 })))
 * )
 * @category errors
 * @since 0.1.0
 */
export class WebhookVerificationError extends Data.TaggedError("WebhookVerificationError")<{
  readonly reason: Reason
  /** The header at fault, for `MissingHeader` and `InvalidHeader`. */
  readonly header?: string | undefined
}> {
  override get message(): string {
    switch (this.reason) {
      case "MissingHeader":
        return `The webhook request has no ${this.header} header`
      case "InvalidHeader":
        return `The webhook request's ${this.header} header is malformed`
      case "StaleTimestamp":
        return "The webhook timestamp is older than the tolerance"
      case "FutureTimestamp":
        return "The webhook timestamp is further in the future than the tolerance"
      case "BadSignature":
        return "No webhook signature matches the payload"
      case "MissingSecret":
        return "No webhook secret: pass `secret`, or set the client's webhookSecret (OPENAI_WEBHOOK_SECRET)"
      case "InvalidSecret":
        return "The webhook secret starts with whsec_ but the rest is not base64"
      case "InvalidPayload":
        return "The webhook payload is not a JSON event"
    }
  }
}

const fail = (reason: Reason, header?: string) => Effect.fail(new WebhookVerificationError({ reason, header }))

const header = (headers: HeadersInput, name: string): string | undefined => {
  if (typeof Headers !== "undefined" && headers instanceof Headers) return headers.get(name) ?? undefined
  const record = headers as Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  for (const key in record) {
    if (key.toLowerCase() !== name) continue
    const value = record[key]
    return typeof value === "string" ? value : value?.join(", ")
  }
  return undefined
}

const required = (headers: HeadersInput, name: string) => {
  const value = header(headers, name)
  return value === undefined ? fail("MissingHeader", name) : Effect.succeed(value)
}

const secretKey = (options: Options | undefined) =>
  Effect.flatMap(Effect.serviceOption(Service.OpenAIClient), (client) => {
    const given = options?.secret ?? Option.getOrUndefined(client)?.settings.webhookSecret
    if (given === undefined) return fail("MissingSecret")
    const secret = typeof given === "string" ? given : Redacted.value(given)
    if (secret.length === 0) return fail("MissingSecret")
    if (!secret.startsWith("whsec_")) return Effect.succeed(new TextEncoder().encode(secret))
    const decoded = Base64.decode(secret.slice("whsec_".length))
    return Result.isSuccess(decoded) ? Effect.succeed(decoded.success) : fail("InvalidSecret")
  })

const SIGNATURE_BYTES = 32

/** The `v1` signatures of the header, decoded; anything else in it is skipped. */
const signatures = (value: string): Array<Uint8Array> =>
  value.split(" ").flatMap((entry) => {
    if (!entry.startsWith("v1,")) return []
    const decoded = Base64.decode(entry.slice(3))
    return Result.isSuccess(decoded) && decoded.success.length === SIGNATURE_BYTES ? [decoded.success] : []
  })

/**
 * `true` when `candidate` equals `expected`, comparing every byte whatever
 * the first difference, so the time taken says nothing about how close a
 * forged signature came.
 */
const constantTimeEqual = (expected: Uint8Array, candidate: Uint8Array): boolean => {
  let difference = expected.length ^ candidate.length
  for (let i = 0; i < expected.length; i++) difference |= expected[i]! ^ (candidate[i] ?? 0)
  return difference === 0
}

const concat = (head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> => {
  const out = new Uint8Array(head.length + tail.length)
  out.set(head)
  out.set(tail, head.length)
  return out
}

const hmac = (secret: Uint8Array, message: Uint8Array<ArrayBuffer>) =>
  Effect.promise(async () => {
    // Looked up per call, never at import: the module loads in runtimes whose crypto arrives later.
    const subtle = globalThis.crypto.subtle
    const algorithm = { name: "HMAC", hash: "SHA-256" }
    const key = await subtle.importKey("raw", secret as Uint8Array<ArrayBuffer>, algorithm, false, ["sign"])
    return new Uint8Array(await subtle.sign("HMAC", key, message))
  })

/**
 * Succeeds when the delivery carries a `v1` signature of its body made with
 * the secret, and its timestamp is within the tolerance of now (the
 * `Clock`'s now, so `TestClock` moves it). Fails with a
 * `WebhookVerificationError` saying why otherwise.
 *
 * @example
 * yield* Webhooks.verifySignature(rawBody, request.headers, { secret: Redacted.make("whsec_...") })
 * @category verification
 * @since 0.1.0
 */
export const verifySignature = (
  payload: string | Uint8Array,
  headers: HeadersInput,
  options?: Options
): Effect.Effect<void, WebhookVerificationError> =>
  Effect.gen(function*() {
    const id = yield* required(headers, "webhook-id")
    const timestamp = yield* required(headers, "webhook-timestamp")
    const signature = yield* required(headers, "webhook-signature")
    const secret = yield* secretKey(options)
    if (!/^\d{1,15}$/.test(timestamp)) return yield* fail("InvalidHeader", "webhook-timestamp")
    const tolerance = Duration.toMillis(Duration.fromInputUnsafe(options?.tolerance ?? "5 minutes"))
    const sentAt = Number(timestamp) * 1000
    const now = yield* Clock.currentTimeMillis
    if (now - sentAt > tolerance) return yield* fail("StaleTimestamp")
    if (sentAt - now > tolerance) return yield* fail("FutureTimestamp")
    const encoder = new TextEncoder()
    const body = typeof payload === "string" ? encoder.encode(payload) : payload
    const expected = yield* hmac(secret, concat(encoder.encode(`${id}.${timestamp}.`), body))
    // Every candidate is compared in full: which one matched must not show in the timing either.
    let matched = false
    for (const candidate of signatures(signature)) matched = constantTimeEqual(expected, candidate) || matched
    if (!matched) return yield* fail("BadSignature")
  })

/**
 * Verifies the delivery (see `verifySignature`), then parses its body as the
 * event it carries. Events the spec does not know yet come through as they
 * are: switch on `type` and keep a default branch.
 *
 * @example
 * const event = yield* Webhooks.unwrap(rawBody, request.headers)
 * if (event.type === "response.completed") yield* Effect.log(`response ${event.data.id} is ready`)
 * @category verification
 * @since 0.1.0
 */
export const unwrap = (
  payload: string | Uint8Array,
  headers: HeadersInput,
  options?: Options
): Effect.Effect<WebhookEvent, WebhookVerificationError> =>
  Effect.flatMap(verifySignature(payload, headers, options), () => {
    try {
      const event: unknown = JSON.parse(typeof payload === "string" ? payload : new TextDecoder().decode(payload))
      return typeof event === "object" && event !== null && typeof (event as { type?: unknown }).type === "string"
        ? Effect.succeed(event as WebhookEvent)
        : fail("InvalidPayload")
    } catch {
      return fail("InvalidPayload")
    }
  })
