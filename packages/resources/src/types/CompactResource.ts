/**
 * The `CompactResource` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { OutputItem } from "./OutputItem.ts"
import type { ResponseUsage } from "./ResponseUsage.ts"

export interface CompactResource {
  readonly id: string
  /** @default "response.compaction" */
  readonly object: "response.compaction"
  readonly output: ReadonlyArray<OutputItem>
  /** @format unixtime */
  readonly created_at: number
  readonly usage: ResponseUsage
}
