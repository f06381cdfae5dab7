/**
 * The `BetaOutputMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaMessagePhase } from "./BetaMessagePhase.ts"
import type { BetaOutputMessageContent } from "./BetaOutputMessageContent.ts"

export interface BetaOutputMessage {
  readonly agent?: BetaAgentTag | null | undefined
  readonly id: string
  readonly type: "message"
  readonly role: "assistant"
  readonly content: ReadonlyArray<BetaOutputMessageContent>
  readonly phase?: BetaMessagePhase | null | undefined
  readonly status: "in_progress" | "completed" | "incomplete"
}
