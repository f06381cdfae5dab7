/**
 * The `ComputerToolCallOutputResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerCallOutputStatus } from "./ComputerCallOutputStatus.ts"
import type { ComputerToolCallOutput } from "./ComputerToolCallOutput.ts"

export interface ComputerToolCallOutputResource extends Omit<ComputerToolCallOutput, "id" | "status"> {
  readonly id: string
  readonly status: ComputerCallOutputStatus
  readonly created_by?: string | undefined
}
