/**
 * The `BetaCompactionTriggerItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"

export interface BetaCompactionTriggerItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  /** @default "compaction_trigger" */
  readonly type: "compaction_trigger"
}
