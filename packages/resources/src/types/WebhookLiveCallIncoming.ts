/**
 * The `WebhookLiveCallIncoming` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface WebhookLiveCallIncoming {
  /** @format unixtime */
  readonly created_at: number
  readonly id: string
  readonly data: {
    readonly session_id: string
    readonly sip_headers: ReadonlyArray<{
      readonly name: string
      readonly value: string
    }>
  }
  readonly object?: "event" | undefined
  readonly type: "live.call.incoming"
}
