/**
 * The `RealtimeConversationItemMessageUser` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeConversationItemMessageUser {
  readonly id?: string | undefined
  readonly object?: "realtime.item" | undefined
  readonly type: "message"
  readonly status?: "completed" | "incomplete" | "in_progress" | undefined
  readonly role: "user"
  readonly content: ReadonlyArray<{
    readonly type?: "input_text" | "input_audio" | "input_image" | undefined
    readonly text?: string | undefined
    readonly audio?: string | undefined
    /** @format uri */
    readonly image_url?: string | undefined
    /** @default "auto" */
    readonly detail?: "auto" | "low" | "high" | undefined
    readonly transcript?: string | undefined
  }>
}
