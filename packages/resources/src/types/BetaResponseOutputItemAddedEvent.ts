/**
 * The `BetaResponseOutputItemAddedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaOutputItem } from "./BetaOutputItem.ts"

export interface BetaResponseOutputItemAddedEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.output_item.added"
  readonly output_index: number
  readonly sequence_number: number
  readonly item: BetaOutputItem
}
