/**
 * The `BetaResponseError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaResponseErrorCode } from "./BetaResponseErrorCode.ts"

export type BetaResponseError = {
  readonly code: BetaResponseErrorCode
  readonly message: string
} | null
