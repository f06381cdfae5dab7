/**
 * The `BetaToolSearchCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaFunctionCallStatus } from "./BetaFunctionCallStatus.ts"
import type { BetaToolSearchExecutionType } from "./BetaToolSearchExecutionType.ts"

export interface BetaToolSearchCall {
  readonly agent?: BetaAgentTag | undefined
  /** @default "tool_search_call" */
  readonly type: "tool_search_call"
  readonly id: string
  readonly call_id: string | null
  readonly execution: BetaToolSearchExecutionType
  readonly arguments: unknown
  readonly status: BetaFunctionCallStatus
  readonly created_by?: string | undefined
}
