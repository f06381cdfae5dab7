/**
 * The `EasyInputMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputMessageContentList } from "./InputMessageContentList.ts"
import type { MessagePhase } from "./MessagePhase.ts"

export interface EasyInputMessage {
  readonly role: "user" | "assistant" | "system" | "developer"
  readonly content: string | InputMessageContentList
  readonly phase?: MessagePhase | null | undefined
  readonly type?: "message" | undefined
}
