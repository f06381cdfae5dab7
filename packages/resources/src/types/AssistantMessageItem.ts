/**
 * The `AssistantMessageItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseOutputText } from "./ResponseOutputText.ts"

export interface AssistantMessageItem {
  readonly id: string
  /** @default "chatkit.thread_item" */
  readonly object: "chatkit.thread_item"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  /** @default "chatkit.assistant_message" */
  readonly type: "chatkit.assistant_message"
  readonly content: ReadonlyArray<ResponseOutputText>
}
