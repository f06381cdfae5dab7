/**
 * The `BetaToolSearchOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaFunctionCallItemStatus } from "./BetaFunctionCallItemStatus.ts"
import type { BetaTool } from "./BetaTool.ts"
import type { BetaToolSearchExecutionType } from "./BetaToolSearchExecutionType.ts"

export interface BetaToolSearchOutputItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id?: string | null | undefined
  /** @default "tool_search_output" */
  readonly type: "tool_search_output"
  readonly execution?: BetaToolSearchExecutionType | undefined
  readonly tools: ReadonlyArray<BetaTool>
  readonly status?: BetaFunctionCallItemStatus | null | undefined
}
