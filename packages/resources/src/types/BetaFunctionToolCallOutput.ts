/**
 * The `BetaFunctionToolCallOutput` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaFunctionAndCustomToolCallOutput } from "./BetaFunctionAndCustomToolCallOutput.ts"
import type { BetaToolCallCallerParam } from "./BetaToolCallCallerParam.ts"

export interface BetaFunctionToolCallOutput {
  readonly agent?: BetaAgentTag | null | undefined
  readonly id?: string | undefined
  readonly type: "function_call_output"
  readonly call_id: string
  readonly name?: string | undefined
  readonly namespace?: string | undefined
  readonly caller?: BetaToolCallCallerParam | null | undefined
  readonly output: string | ReadonlyArray<BetaFunctionAndCustomToolCallOutput>
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
