/**
 * The `BetaMultiAgentCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaMultiAgentAction } from "./BetaMultiAgentAction.ts"
import type { BetaOutputTextContent } from "./BetaOutputTextContent.ts"

export interface BetaMultiAgentCallOutput {
  readonly agent?: BetaAgentTag | undefined
  /** @default "multi_agent_call_output" */
  readonly type: "multi_agent_call_output"
  readonly id: string
  readonly call_id: string
  readonly action: BetaMultiAgentAction
  readonly output: ReadonlyArray<BetaOutputTextContent>
}
