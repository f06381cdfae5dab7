/**
 * The `FunctionToolCallResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionCallStatus } from "./FunctionCallStatus.ts"
import type { FunctionToolCall } from "./FunctionToolCall.ts"

export interface FunctionToolCallResource extends Omit<FunctionToolCall, "id" | "status"> {
  readonly id: string
  readonly status: FunctionCallStatus
  readonly created_by?: string | undefined
}
