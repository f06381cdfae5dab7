/**
 * The `ComputerToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ComputerActionList } from "./ComputerActionList.ts"
import type { ComputerCallSafetyCheckParam } from "./ComputerCallSafetyCheckParam.ts"
import type { LegacyComputerAction } from "./LegacyComputerAction.ts"

export interface ComputerToolCall {
  /** @default "computer_call" */
  readonly type: "computer_call"
  readonly id: string
  readonly call_id: string
  readonly action?: LegacyComputerAction | undefined
  readonly actions?: ComputerActionList | undefined
  readonly pending_safety_checks: ReadonlyArray<ComputerCallSafetyCheckParam>
  readonly status: "in_progress" | "completed" | "incomplete"
}
