/**
 * The `CustomToolCallOutputResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { CustomToolCallOutput } from "./CustomToolCallOutput.ts"
import type { FunctionCallOutputStatusEnum } from "./FunctionCallOutputStatusEnum.ts"

export interface CustomToolCallOutputResource extends Omit<CustomToolCallOutput, "id"> {
  readonly id: string
  readonly status: FunctionCallOutputStatusEnum
  readonly created_by?: string | undefined
}
