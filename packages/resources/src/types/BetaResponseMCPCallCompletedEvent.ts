/**
 * The `BetaResponseMCPCallCompletedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseMCPCallCompletedEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.mcp_call.completed"
  readonly item_id: string
  readonly output_index: number
  readonly sequence_number: number
}
