/**
 * The `BetaAgentMessage` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaComputerScreenshotContent } from "./BetaComputerScreenshotContent.ts"
import type { BetaEncryptedContent } from "./BetaEncryptedContent.ts"
import type { BetaInputFileContent } from "./BetaInputFileContent.ts"
import type { BetaInputImageContent } from "./BetaInputImageContent.ts"
import type { BetaInputTextContent } from "./BetaInputTextContent.ts"
import type { BetaOutputTextContent } from "./BetaOutputTextContent.ts"
import type { BetaReasoningTextContent } from "./BetaReasoningTextContent.ts"
import type { BetaRefusalContent } from "./BetaRefusalContent.ts"
import type { BetaSummaryTextContent } from "./BetaSummaryTextContent.ts"
import type { BetaTextContent } from "./BetaTextContent.ts"

export interface BetaAgentMessage {
  readonly agent?: BetaAgentTag | undefined
  /** @default "agent_message" */
  readonly type: "agent_message"
  readonly id: string
  readonly author: string
  readonly recipient: string
  readonly content: ReadonlyArray<
    | BetaInputTextContent
    | BetaOutputTextContent
    | BetaTextContent
    | BetaSummaryTextContent
    | BetaReasoningTextContent
    | BetaRefusalContent
    | BetaInputImageContent
    | BetaComputerScreenshotContent
    | BetaInputFileContent
    | BetaEncryptedContent
  >
}
