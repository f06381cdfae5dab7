/**
 * The `BetaResponseImageGenCallInProgressEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseImageGenCallInProgressEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.image_generation_call.in_progress"
  readonly output_index: number
  readonly item_id: string
  readonly sequence_number: number
}
