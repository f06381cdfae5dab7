/**
 * The `RealtimeServerEventError` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeServerEventError {
  readonly event_id: string
  readonly type: "error"
  readonly error: {
    readonly type: string
    readonly code?: string | null | undefined
    readonly message: string
    readonly param?: string | null | undefined
    readonly event_id?: string | null | undefined
  }
}
