/**
 * The `SpendLimitEnforcement` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { SpendLimitEnforcementStatus } from "./SpendLimitEnforcementStatus.ts"

export interface SpendLimitEnforcement {
  readonly status: SpendLimitEnforcementStatus
}
