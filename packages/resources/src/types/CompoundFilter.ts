/**
 * The `CompoundFilter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComparisonFilter } from "./ComparisonFilter.ts"

export interface CompoundFilter {
  readonly type: "and" | "or"
  readonly filters: ReadonlyArray<ComparisonFilter | CompoundFilter>
}
