/**
 * The `BetaFunctionShellCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaFunctionShellCallOutputContent } from "./BetaFunctionShellCallOutputContent.ts"
import type { BetaFunctionShellCallOutputStatusEnum } from "./BetaFunctionShellCallOutputStatusEnum.ts"
import type { BetaToolCallCaller } from "./BetaToolCallCaller.ts"

export interface BetaFunctionShellCallOutput {
  readonly agent?: BetaAgentTag | undefined
  /** @default "shell_call_output" */
  readonly type: "shell_call_output"
  readonly id: string
  readonly call_id: string
  readonly caller?: BetaToolCallCaller | null | undefined
  readonly status: BetaFunctionShellCallOutputStatusEnum
  readonly output: ReadonlyArray<BetaFunctionShellCallOutputContent>
  readonly max_output_length: number | null
  readonly created_by?: string | undefined
}
