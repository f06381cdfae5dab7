/**
 * The `BetaFunctionShellCallOutputItemParam` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { Beta_AgentTagParam } from "./Beta_AgentTagParam.ts"
import type { BetaFunctionShellCallItemStatus } from "./BetaFunctionShellCallItemStatus.ts"
import type { BetaFunctionShellCallOutputContentParam } from "./BetaFunctionShellCallOutputContentParam.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaFunctionShellCallOutputItemParam {
  readonly agent?: Beta_AgentTagParam | null | undefined
  readonly id?: string | null | undefined
  /**
   * @minLength 1
   * @maxLength 64
   */
  readonly call_id: string
  readonly caller?: BetaToolCallCallerParam | null | undefined
  /** @default "shell_call_output" */
  readonly type: "shell_call_output"
  readonly output: ReadonlyArray<BetaFunctionShellCallOutputContentParam>
  readonly status?: BetaFunctionShellCallItemStatus | null | undefined
  readonly max_output_length?: number | null | undefined
}
