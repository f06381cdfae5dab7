/**
 * The `FileExpirationAfter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface FileExpirationAfter {
  readonly anchor: "created_at"
  /**
   * @minimum 3600
   * @maximum 2592000
   * @format int64
   */
  readonly seconds: number
}
