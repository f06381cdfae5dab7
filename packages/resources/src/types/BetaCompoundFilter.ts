/**
 * The `BetaCompoundFilter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaComparisonFilter } from "./BetaComparisonFilter.ts"

export interface BetaCompoundFilter {
  readonly type: "and" | "or"
  readonly filters: ReadonlyArray<BetaComparisonFilter | BetaCompoundFilter>
}
