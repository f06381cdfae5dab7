/**
 * The `ChatSessionRateLimits` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ChatSessionRateLimits {
  readonly max_requests_per_1_minute: number
}
