/**
 * The `BetaFunctionToolCallOutputResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaFunctionCallOutputStatusEnum } from "./BetaFunctionCallOutputStatusEnum.ts"
import type { BetaFunctionToolCallOutput } from "./BetaFunctionToolCallOutput.ts"

export interface BetaFunctionToolCallOutputResource extends Omit<BetaFunctionToolCallOutput, "id" | "status"> {
  readonly id: string
  readonly status: BetaFunctionCallOutputStatusEnum
  readonly created_by?: string | undefined
}
