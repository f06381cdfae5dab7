/**
 * The `RealtimeConversationItemMessageAssistant` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeConversationItemMessageAssistant {
  readonly id?: string | undefined
  readonly object?: "realtime.item" | undefined
  readonly type: "message"
  readonly status?: "completed" | "incomplete" | "in_progress" | undefined
  readonly role: "assistant"
  readonly content: ReadonlyArray<{
    readonly type?: "output_text" | "output_audio" | undefined
    readonly text?: string | undefined
    readonly audio?: string | undefined
    readonly transcript?: string | undefined
  }>
}
