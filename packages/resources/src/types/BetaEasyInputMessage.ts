/**
 * The `BetaEasyInputMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInputMessageContentList } from "./BetaInputMessageContentList.ts"
import type { BetaMessagePhase } from "./BetaMessagePhase.ts"

export interface BetaEasyInputMessage {
  readonly role: "user" | "assistant" | "system" | "developer"
  readonly content: string | BetaInputMessageContentList
  readonly phase?: BetaMessagePhase | null | undefined
  readonly type?: "message" | undefined
}
