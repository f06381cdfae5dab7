/**
 * The `BetaMultiAgentCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaMultiAgentAction } from "./BetaMultiAgentAction.ts"

export interface BetaMultiAgentCall {
  readonly agent?: BetaAgentTag | undefined
  /** @default "multi_agent_call" */
  readonly type: "multi_agent_call"
  readonly id: string
  readonly call_id: string
  readonly action: BetaMultiAgentAction
  readonly arguments: string
}
