/**
 * Our typed errors as effect's `AiError`, keeping what a caller decides on:
 * whether to retry (`isRetryable` is true exactly when the client's own
 * retry policy would have retried) and the server's `retryAfter`.
 */
import type { OpenAIError } from "@openai-effect/core/OpenAIError"
import * as RetryPolicy from "@openai-effect/core/RetryPolicy"
import * as AiError from "effect/ai/AiError"

type Metadata = AiError.ProviderMetadata

const metadata = (error: OpenAIError): Metadata => {
  const openai: Record<string, string | number> = { error: error._tag, request: error.request }
  if ("requestId" in error && error.requestId !== undefined) openai.requestId = error.requestId
  if ("status" in error) openai.status = error.status
  const object = "error" in error ? error.error : undefined
  if (object?.code !== undefined) openai.code = object.code
  if (object?.type !== undefined) openai.type = object.type
  if (object?.param !== undefined) openai.param = object.param
  return { openai }
}

// `POST /responses` -> method and path, as `NetworkError` wants them.
const splitRequest = (request: string): { readonly method: string; readonly url: string } => {
  const space = request.indexOf(" ")
  return space === -1
    ? { method: "", url: request }
    : { method: request.slice(0, space), url: request.slice(space + 1) }
}

const reason = (error: OpenAIError): AiError.AiErrorReason => {
  const meta = metadata(error)
  const description = error.message
  switch (error._tag) {
    case "APIConnectionError":
      return new AiError.NetworkError({ reason: "TransportError", ...splitRequest(error.request), description })
    case "APIConnectionTimeoutError":
      // A timeout of one attempt is worth another; the total deadline is not.
      return error.kind === "total"
        ? new AiError.UnknownError({ description, metadata: meta })
        : new AiError.NetworkError({ reason: "TransportError", ...splitRequest(error.request), description })
    case "DecodeError":
      return new AiError.InvalidResponseError({ description, metadata: meta })
    case "InvalidRequestError":
      return new AiError.InvalidUserInputError({ description })
    case "StreamError":
      switch (error.error.code) {
        case "rate_limit_exceeded":
          return new AiError.RateLimitError({ metadata: meta })
        case "server_error":
        case "internal_error":
          return new AiError.InternalProviderError({ description, metadata: meta })
        default:
          return new AiError.UnknownError({ description, metadata: meta })
      }
    case "RateLimitError":
      return error.error?.code === "insufficient_quota"
        ? new AiError.QuotaExhaustedError({ metadata: meta })
        : new AiError.RateLimitError({
          metadata: meta,
          ...(error.retryAfter === undefined ? {} : { retryAfter: error.retryAfter })
        })
    case "AuthenticationError":
      return new AiError.AuthenticationError({ kind: "InvalidKey", description, metadata: meta })
    case "PermissionDeniedError":
      return new AiError.AuthenticationError({ kind: "InsufficientPermissions", description, metadata: meta })
  }
  // The remaining status errors: what the retry policy would send again
  // (408, 409, >= 500, or a server's `x-should-retry: true`) stays retryable.
  if (RetryPolicy.isRetryable(error)) return new AiError.InternalProviderError({ description, metadata: meta })
  const code = error.error?.code
  if (code === "content_policy_violation" || code === "content_filter") {
    return new AiError.ContentPolicyError({ description, metadata: meta })
  }
  if (error.status === 400 || error.status === 404 || error.status === 422) {
    return new AiError.InvalidRequestError({
      description,
      metadata: meta,
      ...(error.error?.param === undefined ? {} : { parameter: error.error.param })
    })
  }
  return new AiError.UnknownError({ description, metadata: meta })
}

/** `error` as an `AiError` raised by `module.method`. */
export const fromOpenAIError = (module: string, method: string) => (error: OpenAIError): AiError.AiError =>
  AiError.make({ module, method, reason: reason(error) })

/** A failure reported inside a response (`response.failed`), not by a status. */
export const fromResponseError = (
  module: string,
  method: string,
  error: { readonly code: string; readonly message: string } | null | undefined
): AiError.AiError => {
  const description = error?.message ?? "the response failed without an error object"
  const meta: Metadata = { openai: error == null ? {} : { code: error.code } }
  return AiError.make({
    module,
    method,
    reason: error?.code === "rate_limit_exceeded"
      ? new AiError.RateLimitError({ metadata: meta })
      : error?.code === "server_error"
      ? new AiError.InternalProviderError({ description, metadata: meta })
      : new AiError.UnknownError({ description, metadata: meta })
  })
}

/** Input the provider cannot send, as a typed error. */
export const invalidInput = (module: string, method: string, description: string): AiError.AiError =>
  AiError.make({ module, method, reason: new AiError.InvalidUserInputError({ description }) })

/** An answer that does not have the shape the API promises, as a typed error. */
export const invalidResponse = (module: string, method: string, description: string): AiError.AiError =>
  AiError.make({ module, method, reason: new AiError.InvalidResponseError({ description }) })
