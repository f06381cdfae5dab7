/**
 * The `BetaCompactionSummaryItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"

export interface BetaCompactionSummaryItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /** @default "compaction" */
  readonly type: "compaction"
  /** @maxLength 20971520 */
  readonly encrypted_content: string
}
