/**
 * The `Message` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerScreenshotContent } from "./ComputerScreenshotContent.ts"
import type { InputFileContent } from "./InputFileContent.ts"
import type { InputImageContent } from "./InputImageContent.ts"
import type { InputTextContent } from "./InputTextContent.ts"
import type { MessagePhase_2 } from "./MessagePhase_2.ts"
import type { MessageRole } from "./MessageRole.ts"
import type { MessageStatus } from "./MessageStatus.ts"
import type { OutputTextContent } from "./OutputTextContent.ts"
import type { ReasoningTextContent } from "./ReasoningTextContent.ts"
import type { RefusalContent } from "./RefusalContent.ts"
import type { SummaryTextContent } from "./SummaryTextContent.ts"
import type { TextContent } from "./TextContent.ts"

export interface Message {
  /** @default "message" */
  readonly type: "message"
  readonly id: string
  readonly status: MessageStatus
  readonly role: MessageRole
  readonly content: ReadonlyArray<
    | InputTextContent
    | OutputTextContent
    | TextContent
    | SummaryTextContent
    | ReasoningTextContent
    | RefusalContent
    | InputImageContent
    | ComputerScreenshotContent
    | InputFileContent
  >
  readonly phase?: MessagePhase_2 | null | undefined
}
