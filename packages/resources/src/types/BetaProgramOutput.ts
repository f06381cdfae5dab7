/**
 * The `BetaProgramOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaProgramOutputStatus } from "./BetaProgramOutputStatus.ts"

export interface BetaProgramOutput {
  readonly agent?: BetaAgentTag | undefined
  /** @default "program_output" */
  readonly type: "program_output"
  readonly id: string
  readonly call_id: string
  readonly result: string
  readonly status: BetaProgramOutputStatus
}
