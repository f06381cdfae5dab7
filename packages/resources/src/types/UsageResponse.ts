/**
 * The `UsageResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { UsageTimeBucket } from "./UsageTimeBucket.ts"

export interface UsageResponse {
  readonly object: "page"
  readonly data: ReadonlyArray<UsageTimeBucket>
  readonly has_more: boolean
  readonly next_page: string | null
}
