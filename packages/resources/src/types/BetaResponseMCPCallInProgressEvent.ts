/**
 * The `BetaResponseMCPCallInProgressEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseMCPCallInProgressEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.mcp_call.in_progress"
  readonly sequence_number: number
  readonly output_index: number
  readonly item_id: string
}
