/**
 * The `BetaResponseTextDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaResponseLogProb } from "./BetaResponseLogProb.ts"

export interface BetaResponseTextDeltaEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.output_text.delta"
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
  readonly delta: string
  readonly sequence_number: number
  readonly logprobs: ReadonlyArray<BetaResponseLogProb>
}
