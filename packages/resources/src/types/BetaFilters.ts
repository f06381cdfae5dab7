/**
 * The `BetaFilters` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaComparisonFilter } from "./BetaComparisonFilter.ts"
import type { BetaCompoundFilter } from "./BetaCompoundFilter.ts"

export type BetaFilters = BetaComparisonFilter | BetaCompoundFilter
