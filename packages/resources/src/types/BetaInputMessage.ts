/**
 * The `BetaInputMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaInputMessageContentList } from "./BetaInputMessageContentList.ts"

export interface BetaInputMessage {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type?: "message" | undefined
  readonly role: "user" | "system" | "developer"
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
  readonly content: BetaInputMessageContentList
}
