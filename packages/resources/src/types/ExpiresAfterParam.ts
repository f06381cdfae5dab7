/**
 * The `ExpiresAfterParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface ExpiresAfterParam {
  /** @default "created_at" */
  readonly anchor: "created_at"
  /**
   * @minimum 1
   * @maximum 600
   * @format int64
   */
  readonly seconds: number
}
