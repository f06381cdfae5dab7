/**
 * The `BetaResponseMCPCallArgumentsDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseMCPCallArgumentsDoneEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.mcp_call_arguments.done"
  readonly output_index: number
  readonly item_id: string
  readonly arguments: string
  readonly sequence_number: number
}
