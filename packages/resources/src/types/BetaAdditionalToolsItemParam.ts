/**
 * The `BetaAdditionalToolsItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaTool } from "./BetaTool.ts"

export interface BetaAdditionalToolsItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /** @default "additional_tools" */
  readonly type: "additional_tools"
  /** @default "developer" */
  readonly role: "developer"
  readonly tools: ReadonlyArray<BetaTool>
}
