/**
 * The `UserMessageItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Attachment } from "./Attachment.ts"
import type { InferenceOptions } from "./InferenceOptions.ts"
import type { UserMessageInputText } from "./UserMessageInputText.ts"
import type { UserMessageQuotedText } from "./UserMessageQuotedText.ts"

export interface UserMessageItem {
  readonly id: string
  /** @default "chatkit.thread_item" */
  readonly object: "chatkit.thread_item"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  /** @default "chatkit.user_message" */
  readonly type: "chatkit.user_message"
  readonly content: ReadonlyArray<UserMessageInputText | UserMessageQuotedText>
  readonly attachments: ReadonlyArray<Attachment>
  readonly inference_options: InferenceOptions | null
}
