/**
 * The `BetaResponseContentPartDoneEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaOutputContent } from "./BetaOutputContent.ts"

export interface BetaResponseContentPartDoneEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.content_part.done"
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
  readonly sequence_number: number
  readonly part: BetaOutputContent
}
