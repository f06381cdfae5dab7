/**
 * The `ResponseError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseErrorCode } from "./ResponseErrorCode.ts"

export type ResponseError = {
  readonly code: ResponseErrorCode
  readonly message: string
} | null
