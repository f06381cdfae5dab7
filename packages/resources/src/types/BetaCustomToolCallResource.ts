/**
 * The `BetaCustomToolCallResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCustomToolCall } from "./BetaCustomToolCall.ts"
import type { BetaFunctionCallStatus } from "./BetaFunctionCallStatus.ts"

export interface BetaCustomToolCallResource extends Omit<BetaCustomToolCall, "id"> {
  readonly id: string
  readonly status: BetaFunctionCallStatus
  readonly created_by?: string | undefined
}
