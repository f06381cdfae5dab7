/**
 * The `UpdateProjectSpendLimitBody` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

export interface UpdateProjectSpendLimitBody {
  /** @minimum 1 */
  readonly threshold_amount: number
  readonly currency: "USD"
  readonly interval: "month"
}
