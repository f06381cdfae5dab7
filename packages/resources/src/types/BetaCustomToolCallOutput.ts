/**
 * The `BetaCustomToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaFunctionAndCustomToolCallOutput } from "./BetaFunctionAndCustomToolCallOutput.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaCustomToolCallOutput {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "custom_tool_call_output"
  readonly id?: string | undefined
  readonly call_id: string
  readonly caller?: BetaToolCallCallerParam | null | undefined
  readonly output: string | ReadonlyArray<BetaFunctionAndCustomToolCallOutput>
}
