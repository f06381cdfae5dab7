/**
 * The `FunctionToolCallOutputResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { FunctionCallOutputStatusEnum } from "./FunctionCallOutputStatusEnum.ts"
import type { FunctionToolCallOutput } from "./FunctionToolCallOutput.ts"

export interface FunctionToolCallOutputResource extends Omit<FunctionToolCallOutput, "id" | "status"> {
  readonly id: string
  readonly status: FunctionCallOutputStatusEnum
  readonly created_by?: string | undefined
}
