/**
 * The `MessageObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AssistantToolsCode } from "./AssistantToolsCode.ts"
import type { AssistantToolsFileSearchTypeOnly } from "./AssistantToolsFileSearchTypeOnly.ts"
import type { MessageContent } from "./MessageContent.ts"
import type { Metadata } from "./Metadata.ts"

export interface MessageObject {
  readonly id: string
  readonly object: "thread.message"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  readonly status: "in_progress" | "incomplete" | "completed"
  readonly incomplete_details: {
    readonly reason: "content_filter" | "max_tokens" | "run_cancelled" | "run_expired" | "run_failed"
  } | null
  /** @format unixtime */
  readonly completed_at: number | null
  /** @format unixtime */
  readonly incomplete_at: number | null
  readonly role: "user" | "assistant"
  readonly content: ReadonlyArray<MessageContent>
  readonly assistant_id: string | null
  readonly run_id: string | null
  readonly attachments:
    | ReadonlyArray<{
      readonly file_id?: string | undefined
      readonly tools?: ReadonlyArray<AssistantToolsCode | AssistantToolsFileSearchTypeOnly> | undefined
    }>
    | null
  readonly metadata: Metadata
}
