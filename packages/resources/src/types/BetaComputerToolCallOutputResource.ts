/**
 * The `BetaComputerToolCallOutputResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaComputerCallOutputStatus } from "./BetaComputerCallOutputStatus.ts"
import type { BetaComputerToolCallOutput } from "./BetaComputerToolCallOutput.ts"

export interface BetaComputerToolCallOutputResource extends Omit<BetaComputerToolCallOutput, "id" | "status"> {
  readonly id: string
  readonly status: BetaComputerCallOutputStatus
  readonly created_by?: string | undefined
}
