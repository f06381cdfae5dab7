/**
 * The `BetaMultiAgentCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaMultiAgentAction1 } from "./BetaMultiAgentAction1.ts"

export interface BetaMultiAgentCallItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  /** @default "multi_agent_call" */
  readonly type: "multi_agent_call"
  readonly action: BetaMultiAgentAction1
  readonly arguments: string
}
