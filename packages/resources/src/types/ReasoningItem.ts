/**
 * The `ReasoningItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ReasoningTextContent } from "./ReasoningTextContent.ts"
import type { Summary } from "./Summary.ts"

export interface ReasoningItem {
  readonly type: "reasoning"
  readonly id: string
  readonly encrypted_content?: string | null | undefined
  readonly summary: ReadonlyArray<Summary>
  readonly content?: ReadonlyArray<ReasoningTextContent> | undefined
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
