/**
 * The `Reasoning` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ReasoningEffort } from "./ReasoningEffort.ts"
import type { ReasoningModeEnum } from "./ReasoningModeEnum.ts"

export interface Reasoning {
  readonly mode?: ReasoningModeEnum | undefined
  readonly effort?: ReasoningEffort | undefined
  readonly summary?: "auto" | "concise" | "detailed" | null | undefined
  readonly context?: "auto" | "current_turn" | "all_turns" | null | undefined
  /** @deprecated */
  readonly generate_summary?: "auto" | "concise" | "detailed" | null | undefined
}
