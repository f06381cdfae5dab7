/**
 * The `VectorStoreExpirationAfter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface VectorStoreExpirationAfter {
  readonly anchor: "last_active_at"
  /**
   * @minimum 1
   * @maximum 365
   */
  readonly days: number
}
