/**
 * The `ClientToolCallItem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ClientToolCallStatus } from "./ClientToolCallStatus.ts"

export interface ClientToolCallItem {
  readonly id: string
  /** @default "chatkit.thread_item" */
  readonly object: "chatkit.thread_item"
  /** @format unixtime */
  readonly created_at: number
  readonly thread_id: string
  /** @default "chatkit.client_tool_call" */
  readonly type: "chatkit.client_tool_call"
  readonly status: ClientToolCallStatus
  readonly call_id: string
  readonly name: string
  readonly arguments: string
  readonly output: string | null
}
