/**
 * The `WebhookRealtimeCallIncoming` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebhookRealtimeCallIncoming {
  /** @format unixtime */
  readonly created_at: number
  readonly id: string
  readonly data: {
    readonly call_id: string
    readonly sip_headers: ReadonlyArray<{
      readonly name: string
      readonly value: string
    }>
  }
  readonly object?: "event" | undefined
  readonly type: "realtime.call.incoming"
}
