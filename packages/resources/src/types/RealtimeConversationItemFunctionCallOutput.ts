/**
 * The `RealtimeConversationItemFunctionCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeConversationItemFunctionCallOutput {
  readonly id?: string | undefined
  readonly object?: "realtime.item" | undefined
  readonly type: "function_call_output"
  readonly status?: "completed" | "incomplete" | "in_progress" | undefined
  readonly call_id: string
  readonly output: string
}
