/**
 * The `VectorStoreSearchRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComparisonFilter } from "./ComparisonFilter.ts"
import type { CompoundFilter } from "./CompoundFilter.ts"

export interface VectorStoreSearchRequest {
  readonly query: string | ReadonlyArray<string>
  /** @default false */
  readonly rewrite_query?: boolean | undefined
  /**
   * @default 10
   * @minimum 1
   * @maximum 50
   */
  readonly max_num_results?: number | undefined
  readonly filters?: ComparisonFilter | CompoundFilter | undefined
  readonly ranking_options?: {
    /** @default "auto" */
    readonly ranker?: "none" | "auto" | "default-2024-11-15" | undefined
    /**
     * @default 0
     * @minimum 0
     * @maximum 1
     */
    readonly score_threshold?: number | undefined
  } | undefined
}
