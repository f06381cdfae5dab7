/**
 * The `BetaToolSearchCallItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaEmptyModelParam } from "./BetaEmptyModelParam.ts"
import type { BetaFunctionCallItemStatus } from "./BetaFunctionCallItemStatus.ts"
import type { BetaToolSearchExecutionType } from "./BetaToolSearchExecutionType.ts"

export interface BetaToolSearchCallItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id?: string | null | undefined
  /** @default "tool_search_call" */
  readonly type: "tool_search_call"
  readonly execution?: BetaToolSearchExecutionType | undefined
  readonly arguments: BetaEmptyModelParam
  readonly status?: BetaFunctionCallItemStatus | null | undefined
}
