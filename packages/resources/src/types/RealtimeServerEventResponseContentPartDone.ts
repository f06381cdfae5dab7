/**
 * The `RealtimeServerEventResponseContentPartDone` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventResponseContentPartDone {
  readonly event_id: string
  readonly type: "response.content_part.done"
  readonly response_id: string
  readonly item_id: string
  readonly output_index: number
  readonly content_index: number
  readonly part: {
    readonly type?: "text" | "audio" | undefined
    readonly text?: string | undefined
    readonly audio?: string | undefined
    readonly transcript?: string | undefined
  }
}
