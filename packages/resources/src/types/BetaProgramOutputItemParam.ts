/**
 * The `BetaProgramOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaProgramOutputItemStatus } from "./BetaProgramOutputItemStatus.ts"

export interface BetaProgramOutputItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id: string
  /** @default "program_output" */
  readonly type: "program_output"
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @maxLength 10485760 */
  readonly result: string
  readonly status: BetaProgramOutputItemStatus
}
