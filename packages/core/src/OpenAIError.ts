/**
 * The failures an OpenAI call can end with, one tagged class per kind.
 *
 * Status errors carry what the server said (`status`, `requestId`, the parsed
 * `error` object, the raw body when it is not the API's usual shape) so a
 * handler can decide without reading headers. Transport, timeout, decoding and
 * in-stream failures get their own tags, and the union `OpenAIError` is what
 * every endpoint function fails with:
 *
 * ```ts
 * ChatCompletions.create(params).pipe(
 *   Effect.catchTag("RateLimitError", (e) => Effect.logWarning(`slow down: ${e.requestId}`))
 * )
 * ```
 *
 * Messages name the status, the server's message and the request id. They never
 * contain a header value, so an API key cannot leak through a logged error, and
 * `toJSON` leaves headers and bodies out.
 *
 * @since 0.1.0
 */
import type * as Cause from "effect/Cause"
import * as Data from "effect/Data"
import type * as Duration from "effect/Duration"
import { hasProperty } from "effect/Predicate"

const TypeId = "~@openai-effect/core/OpenAIError"

/**
 * The `error` object of an API error body. `code` is a string for most
 * endpoints and a number for a few.
 *
 * @category models
 * @since 0.1.0
 */
export interface ErrorObject {
  readonly message: string
  readonly type: string | undefined
  readonly code: string | number | undefined
  readonly param: string | undefined
}

/**
 * What every status error knows about the response that failed.
 *
 * @category models
 * @since 0.1.0
 */
export interface StatusErrorFields {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly requestId: string | undefined
  /** The parsed `error` object, when the body has the API's usual shape. */
  readonly error: ErrorObject | undefined
  /** The body as received when it is not the API's usual shape (HTML from a proxy, plain text...). */
  readonly body: unknown
  /** `METHOD /path` of the request, without query parameters. */
  readonly request: string
}

/** `(POST /path, request id req_1)`: where a failure happened. */
const where = (self: { readonly request: string; readonly requestId?: string | undefined }): string =>
  `(${self.request}${self.requestId === undefined ? "" : `, request id ${self.requestId}`})`

const describeStatus = (self: StatusErrorFields): string => {
  const detail = self.error?.message ?? (typeof self.body === "string" && self.body.length > 0
    ? self.body.slice(0, 200)
    : undefined)
  return `${self.status} ${detail ?? "status code (no body)"} ${where(self)}`
}

type Instance<Tag extends string, Fields> = Cause.YieldableError & { readonly _tag: Tag } & Readonly<Fields>

// Every class shares one shape: a tagged error whose message is made from its
// fields, and whose `toJSON` keeps the message and the listed fields (never
// headers, bodies or causes). The explicit constructor type keeps the anonymous class
// out of declarations.
const ErrorClass = <Tag extends string, Fields extends object>(
  tag: Tag,
  message: (self: Fields) => string,
  json: ReadonlyArray<keyof Fields & string>
): new(fields: Fields) => Instance<Tag, Fields> =>
  class extends Data.TaggedError(tag)<Record<string, unknown>> {
    readonly [TypeId] = TypeId
    override get message(): string {
      return message(this as never)
    }
    override toJSON(): unknown {
      const out: Record<string, unknown> = { _tag: this._tag, message: this.message }
      for (const key of json) out[key] = this[key]
      return out
    }
  } as never

const statusJson = ["status", "request", "requestId", "error"] as const

/**
 * An instance of a status error class: its tag, the response's fields, and
 * the ability to be yielded in `Effect.gen`.
 *
 * @category models
 * @since 0.1.0
 */
export interface StatusErrorInstance<Tag extends string> extends Cause.YieldableError, StatusErrorFields {
  readonly _tag: Tag
}

// One base per status error: the tag differs, the fields and rendering do not.
const StatusError = <Tag extends string>(tag: Tag): new(fields: StatusErrorFields) => StatusErrorInstance<Tag> =>
  ErrorClass<Tag, StatusErrorFields>(tag, describeStatus, statusJson)

/**
 * 400: the request was malformed or had an invalid parameter (see `error.param`).
 *
 * @category errors
 * @since 0.1.0
 */
export class BadRequestError extends /*#__PURE__*/ StatusError("BadRequestError") {}

/**
 * 401: the API key is missing, wrong or revoked.
 *
 * @category errors
 * @since 0.1.0
 */
export class AuthenticationError extends /*#__PURE__*/ StatusError("AuthenticationError") {}

/**
 * 403: the key is valid but may not use this resource, model or region.
 *
 * @category errors
 * @since 0.1.0
 */
export class PermissionDeniedError extends /*#__PURE__*/ StatusError("PermissionDeniedError") {}

/**
 * 404: the resource or model does not exist (or is not visible to this key).
 *
 * @category errors
 * @since 0.1.0
 */
export class NotFoundError extends /*#__PURE__*/ StatusError("NotFoundError") {}

/**
 * 409: the resource was changed concurrently. Retried by default.
 *
 * @category errors
 * @since 0.1.0
 */
export class ConflictError extends /*#__PURE__*/ StatusError("ConflictError") {}

/**
 * 422: the request was well-formed but could not be processed.
 *
 * @category errors
 * @since 0.1.0
 */
export class UnprocessableEntityError extends /*#__PURE__*/ StatusError("UnprocessableEntityError") {}

/**
 * 429: too many requests or tokens. `retryAfter` is the delay the server asked
 * for, when it sent one; retries honour it up to the client's cap.
 *
 * @category errors
 * @since 0.1.0
 */
export class RateLimitError extends /*#__PURE__*/ ErrorClass<
  "RateLimitError",
  StatusErrorFields & { readonly retryAfter: Duration.Duration | undefined }
>("RateLimitError", describeStatus, [...statusJson, "retryAfter"]) {}

/**
 * A status of 500 or above, whatever the body (an HTML page from a proxy
 * included). Retried by default.
 *
 * @category errors
 * @since 0.1.0
 */
export class InternalServerError extends /*#__PURE__*/ StatusError("InternalServerError") {}

/**
 * Any other non-success status (a 3xx that was not followed, 402, 408, 410...).
 *
 * @category errors
 * @since 0.1.0
 */
export class APIError extends /*#__PURE__*/ StatusError("APIError") {}

/**
 * The request never got a response: DNS, refused or reset connection, TLS, an
 * aborted socket. `cause` is the transport's own error.
 *
 * @category errors
 * @since 0.1.0
 */
export class APIConnectionError extends /*#__PURE__*/ ErrorClass<"APIConnectionError", {
  readonly request: string
  readonly description: string
  readonly cause?: unknown
}>("APIConnectionError", (self) => `Connection error: ${self.description} ${where(self)}`, [
  "request",
  "description"
]) {}

/**
 * Which limit ran out: `request` is one attempt (headers and body, or the
 * headers of a stream), `idle` the wait for the next event or chunk of a
 * stream, `total` the deadline across all attempts.
 *
 * @category models
 * @since 0.1.0
 */
export type TimeoutKind = "request" | "idle" | "total"

/**
 * A timeout fired. `kind` says which one, `timeout` how long it was.
 *
 * @category errors
 * @since 0.1.0
 */
export class APIConnectionTimeoutError extends /*#__PURE__*/ ErrorClass<"APIConnectionTimeoutError", {
  readonly request: string
  readonly kind: TimeoutKind
  readonly timeout: Duration.Duration
}>(
  "APIConnectionTimeoutError",
  (self) => `Timed out: ${self.kind} timeout of ${String(self.timeout)} ${where(self)}`,
  ["request", "kind", "timeout"]
) {}

/**
 * A success response whose body could not be read as promised: malformed
 * JSON, a stream event that is not JSON, a body cut short.
 *
 * @category errors
 * @since 0.1.0
 */
export class DecodeError extends /*#__PURE__*/ ErrorClass<"DecodeError", {
  readonly request: string
  readonly description: string
  readonly requestId: string | undefined
  readonly cause?: unknown
}>(
  "DecodeError",
  (self) => `Could not decode the response: ${self.description} ${where(self)}`,
  ["request", "description", "requestId"]
) {}

/**
 * The server reported an error inside a stream that had already started: an
 * `event: error`, or a `data` object with an `error` field.
 *
 * @category errors
 * @since 0.1.0
 */
export class StreamError extends /*#__PURE__*/ ErrorClass<"StreamError", {
  readonly request: string
  readonly requestId: string | undefined
  readonly error: ErrorObject
}>(
  "StreamError",
  (self) =>
    `Stream error${self.error.code === undefined ? "" : ` [${self.error.code}]`}: ${self.error.message} ${where(self)}`,
  ["request", "requestId", "error"]
) {}

/**
 * The call could not be made as asked, before anything was sent or while
 * following pages: no API key configured, an empty path parameter, an upload
 * that is not a file, a list whose cursor did not advance.
 *
 * @category errors
 * @since 0.1.0
 */
export class InvalidRequestError extends /*#__PURE__*/ ErrorClass<"InvalidRequestError", {
  readonly request: string
  readonly description: string
}>("InvalidRequestError", (self) => `${self.description} ${where(self)}`, ["request", "description"]) {}

/**
 * Every failure of an OpenAI call.
 *
 * @category errors
 * @since 0.1.0
 */
export type OpenAIError =
  | StatusError
  | APIConnectionError
  | APIConnectionTimeoutError
  | DecodeError
  | StreamError
  | InvalidRequestError

/**
 * The errors that come from a response status.
 *
 * @category errors
 * @since 0.1.0
 */
export type StatusError =
  | BadRequestError
  | AuthenticationError
  | PermissionDeniedError
  | NotFoundError
  | ConflictError
  | UnprocessableEntityError
  | RateLimitError
  | InternalServerError
  | APIError

/**
 * `true` for any `OpenAIError`.
 *
 * @example
 * if (isOpenAIError(cause)) console.log(cause._tag)
 * @category guards
 * @since 0.1.0
 */
export const isOpenAIError = (u: unknown): u is OpenAIError => hasProperty(u, TypeId)

/**
 * `true` for the errors that carry a response status.
 *
 * @example
 * Effect.catchIf(isStatusError, (e) => Effect.log(e.status))
 * @category guards
 * @since 0.1.0
 */
export const isStatusError = (u: unknown): u is StatusError => isOpenAIError(u) && "status" in u
