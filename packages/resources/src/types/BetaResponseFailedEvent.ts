/**
 * The `BetaResponseFailedEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaResponse } from "./BetaResponse.ts"

export interface BetaResponseFailedEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.failed"
  readonly sequence_number: number
  readonly response: BetaResponse
}
