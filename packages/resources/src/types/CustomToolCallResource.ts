/**
 * The `CustomToolCallResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CustomToolCall } from "./CustomToolCall.ts"
import type { FunctionCallStatus } from "./FunctionCallStatus.ts"

export interface CustomToolCallResource extends Omit<CustomToolCall, "id"> {
  readonly id: string
  readonly status: FunctionCallStatus
  readonly created_by?: string | undefined
}
