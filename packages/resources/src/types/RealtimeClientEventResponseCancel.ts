/**
 * The `RealtimeClientEventResponseCancel` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface RealtimeClientEventResponseCancel {
  /** @maxLength 512 */
  readonly event_id?: string | undefined
  readonly type: "response.cancel"
  readonly response_id?: string | undefined
}
