/**
 * What goes wrong on the wire, as our errors: the transport's failures, and
 * a failed status turned into its tagged error from the headers and body.
 */
import * as Clock from "effect/Clock"
import * as Effect from "effect/Effect"
import type * as HttpClientError from "effect/http/HttpClientError"
import type * as HttpClientResponse from "effect/http/HttpClientResponse"
import * as Errors from "../OpenAIError.ts"
import * as RetryPolicy from "../RetryPolicy.ts"

/** `true` for an object that is neither `null` nor an array. */
export const isPlainRecord = (u: unknown): u is Record<string, unknown> =>
  typeof u === "object" && u !== null && !Array.isArray(u)

const causeMessage = (cause: unknown): string =>
  cause instanceof Error ? `: ${cause.message}${cause.cause instanceof Error ? ` (${cause.cause.message})` : ""}` : ""

/** Maps the transport's failures to ours. */
export const fromHttpClientError = (label: string) => (error: HttpClientError.HttpClientError): Errors.OpenAIError => {
  const reason = error.reason
  return reason._tag === "InvalidUrlError" || reason._tag === "EncodeError"
    ? new Errors.InvalidRequestError({
      request: label,
      description: `${reason._tag === "EncodeError" ? "Could not send the body" : "Invalid URL"}: ${reason.message}`
    })
    : new Errors.APIConnectionError({
      request: label,
      description: `${
        reason._tag === "DecodeError"
          ? "the connection closed while the body was being read"
          : reason.description ?? "the request failed"
      }${causeMessage(reason.cause)}`,
      cause: reason.cause
    })
}

const parseErrorObject = (value: unknown): Errors.ErrorObject | undefined => {
  if (typeof value === "string") return { message: value, type: undefined, code: undefined, param: undefined }
  if (!isPlainRecord(value)) return undefined
  const { code, message } = value
  // Fields beyond the usual four (Azure's `innererror`) are kept, untyped.
  return {
    ...value,
    message: typeof message === "string" ? message : JSON.stringify(message ?? null),
    type: typeof value.type === "string" ? value.type : undefined,
    code: typeof code === "string" || typeof code === "number" ? code : undefined,
    param: typeof value.param === "string" ? value.param : undefined
  }
}

const statusErrors: Record<number, new(fields: Errors.StatusErrorFields) => Errors.StatusError> = {
  400: Errors.BadRequestError,
  401: Errors.AuthenticationError,
  403: Errors.PermissionDeniedError,
  404: Errors.NotFoundError,
  409: Errors.ConflictError,
  422: Errors.UnprocessableEntityError
}

/** The tagged error for a failed status, from its headers and body text. */
const statusError = (
  status: number,
  headers: Readonly<Record<string, string>>,
  text: string,
  label: string,
  now: number
): Errors.StatusError => {
  let parsed: unknown = text
  try {
    parsed = text.length > 0 ? JSON.parse(text) : undefined
  } catch {
    // Not JSON (an HTML page from a proxy): keep the text as the raw body.
  }
  const error = isPlainRecord(parsed) ? parseErrorObject(parsed.error) : undefined
  const fields: Errors.StatusErrorFields = {
    status,
    headers,
    requestId: headers["x-request-id"],
    error,
    body: error === undefined ? parsed : undefined,
    request: label
  }
  if (status === 429) return new Errors.RateLimitError({ ...fields, retryAfter: RetryPolicy.retryAfter(headers, now) })
  const StatusError = statusErrors[status] ?? (status >= 500 ? Errors.InternalServerError : Errors.APIError)
  return new StatusError(fields)
}

/** Fails with the tagged error of a failed status, read from its headers and body. */
export const failStatus = (response: HttpClientResponse.HttpClientResponse, label: string) =>
  Effect.flatMap(
    Effect.catch(response.text, () => Effect.succeed("")),
    (text) =>
      Effect.withFiber((fiber) =>
        Effect.fail(
          statusError(
            response.status,
            response.headers,
            text,
            label,
            fiber.getRef(Clock.Clock).currentTimeMillisUnsafe()
          )
        )
      )
  )
