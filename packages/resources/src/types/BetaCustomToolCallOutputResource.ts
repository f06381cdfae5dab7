/**
 * The `BetaCustomToolCallOutputResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaCustomToolCallOutput } from "./BetaCustomToolCallOutput.ts"
import type { BetaFunctionCallOutputStatusEnum } from "./BetaFunctionCallOutputStatusEnum.ts"

export interface BetaCustomToolCallOutputResource extends Omit<BetaCustomToolCallOutput, "id"> {
  readonly id: string
  readonly status: BetaFunctionCallOutputStatusEnum
  readonly created_by?: string | undefined
}
