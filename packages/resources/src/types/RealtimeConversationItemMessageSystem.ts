/**
 * The `RealtimeConversationItemMessageSystem` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeConversationItemMessageSystem {
  readonly id?: string | undefined
  readonly object?: "realtime.item" | undefined
  readonly type: "message"
  readonly status?: "completed" | "incomplete" | "in_progress" | undefined
  readonly role: "system"
  readonly content: ReadonlyArray<{
    readonly type?: "input_text" | undefined
    readonly text?: string | undefined
  }>
}
