/**
 * The `BetaToolSearchOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaFunctionCallOutputStatusEnum } from "./BetaFunctionCallOutputStatusEnum.ts"
import type { BetaTool } from "./BetaTool.ts"
import type { BetaToolSearchExecutionType } from "./BetaToolSearchExecutionType.ts"

export interface BetaToolSearchOutput {
  readonly agent?: BetaAgentTag | undefined
  /** @default "tool_search_output" */
  readonly type: "tool_search_output"
  readonly id: string
  readonly call_id: string | null
  readonly execution: BetaToolSearchExecutionType
  readonly tools: ReadonlyArray<BetaTool>
  readonly status: BetaFunctionCallOutputStatusEnum
  readonly created_by?: string | undefined
}
