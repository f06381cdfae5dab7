/**
 * The `ComparisonFilter` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComparisonFilterValueItems } from "./ComparisonFilterValueItems.ts"

export interface ComparisonFilter {
  /** @default "eq" */
  readonly type: "eq" | "ne" | "gt" | "gte" | "lt" | "lte" | "in" | "nin"
  readonly key: string
  readonly value: string | number | boolean | ReadonlyArray<ComparisonFilterValueItems>
}
