/**
 * The `BetaResponseReasoningSummaryPartAddedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseReasoningSummaryPartAddedEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.reasoning_summary_part.added"
  readonly item_id: string
  readonly output_index: number
  readonly summary_index: number
  readonly sequence_number: number
  readonly part: {
    readonly type: "summary_text"
    readonly text: string
  }
}
