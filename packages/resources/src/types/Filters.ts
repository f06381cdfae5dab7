/**
 * The `Filters` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComparisonFilter } from "./ComparisonFilter.ts"
import type { CompoundFilter } from "./CompoundFilter.ts"

export type Filters = ComparisonFilter | CompoundFilter
