/**
 * The `BetaResponseMCPCallArgumentsDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseMCPCallArgumentsDeltaEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.mcp_call_arguments.delta"
  readonly output_index: number
  readonly item_id: string
  readonly delta: string
  readonly sequence_number: number
}
