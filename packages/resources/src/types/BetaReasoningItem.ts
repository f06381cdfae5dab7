/**
 * The `BetaReasoningItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaReasoningTextContent } from "./BetaReasoningTextContent.ts"
import type { BetaSummaryTextContent } from "./BetaSummaryTextContent.ts"

export interface BetaReasoningItem {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "reasoning"
  readonly id: string
  readonly encrypted_content?: string | null | undefined
  readonly summary: ReadonlyArray<BetaSummaryTextContent>
  readonly content?: ReadonlyArray<BetaReasoningTextContent> | undefined
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
