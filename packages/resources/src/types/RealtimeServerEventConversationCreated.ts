/**
 * The `RealtimeServerEventConversationCreated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventConversationCreated {
  readonly event_id: string
  readonly type: "conversation.created"
  readonly conversation: {
    readonly id?: string | undefined
    readonly object?: "realtime.conversation" | undefined
  }
}
