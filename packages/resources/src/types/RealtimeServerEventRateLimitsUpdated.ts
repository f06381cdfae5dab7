/**
 * The `RealtimeServerEventRateLimitsUpdated` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventRateLimitsUpdated {
  readonly event_id: string
  readonly type: "rate_limits.updated"
  readonly rate_limits: ReadonlyArray<{
    readonly name?: "requests" | "tokens" | undefined
    readonly limit?: number | undefined
    readonly remaining?: number | undefined
    readonly reset_seconds?: number | undefined
  }>
}
