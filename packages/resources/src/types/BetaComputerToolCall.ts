/**
 * The `BetaComputerToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaComputerAction } from "./BetaComputerAction.ts"
import type { BetaComputerActionList } from "./BetaComputerActionList.ts"
import type { BetaComputerCallSafetyCheckParam } from "./BetaComputerCallSafetyCheckParam.ts"

export interface BetaComputerToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  /** @default "computer_call" */
  readonly type: "computer_call"
  readonly id: string
  readonly call_id: string
  readonly action?: BetaComputerAction | undefined
  readonly actions?: BetaComputerActionList | undefined
  readonly pending_safety_checks: ReadonlyArray<BetaComputerCallSafetyCheckParam>
  readonly status: "in_progress" | "completed" | "incomplete"
}
