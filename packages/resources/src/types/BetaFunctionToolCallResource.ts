/**
 * The `BetaFunctionToolCallResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaFunctionCallStatus } from "./BetaFunctionCallStatus.ts"
import type { BetaFunctionToolCall } from "./BetaFunctionToolCall.ts"

export interface BetaFunctionToolCallResource extends Omit<BetaFunctionToolCall, "id" | "status"> {
  readonly id: string
  readonly status: BetaFunctionCallStatus
  readonly created_by?: string | undefined
}
