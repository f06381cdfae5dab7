/**
 * The `ProjectSpendLimitResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { SpendLimitCurrency } from "./SpendLimitCurrency.ts"
import type { SpendLimitEnforcement } from "./SpendLimitEnforcement.ts"
import type { SpendLimitInterval } from "./SpendLimitInterval.ts"

export interface ProjectSpendLimitResource {
  /** @default "project.spend_limit" */
  readonly object: "project.spend_limit"
  readonly threshold_amount: number
  readonly currency: SpendLimitCurrency
  readonly interval: SpendLimitInterval
  readonly enforcement: SpendLimitEnforcement
}
