/**
 * The `BetaCompactResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaOutputItem } from "./BetaOutputItem.ts"
import type { BetaResponseUsage } from "./BetaResponseUsage.ts"

export interface BetaCompactResource {
  readonly id: string
  /** @default "response.compaction" */
  readonly object: "response.compaction"
  readonly output: ReadonlyArray<BetaOutputItem>
  /** @format unixtime */
  readonly created_at: number
  readonly usage: BetaResponseUsage
}
