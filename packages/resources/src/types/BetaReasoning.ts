/**
 * The `BetaReasoning` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaReasoningEffort } from "./BetaReasoningEffort.ts"
import type { BetaReasoningModeEnum } from "./BetaReasoningModeEnum.ts"

export interface BetaReasoning {
  readonly mode?: BetaReasoningModeEnum | undefined
  readonly effort?: BetaReasoningEffort | undefined
  readonly summary?: "auto" | "concise" | "detailed" | null | undefined
  readonly context?: "auto" | "current_turn" | "all_turns" | null | undefined
  /** @deprecated */
  readonly generate_summary?: "auto" | "concise" | "detailed" | null | undefined
}
