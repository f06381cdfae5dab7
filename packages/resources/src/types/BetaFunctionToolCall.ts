/**
 * The `BetaFunctionToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaToolCallCaller } from "./BetaToolCallCaller.ts"

export interface BetaFunctionToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  readonly id?: string | undefined
  readonly type: "function_call"
  readonly call_id: string
  readonly caller?: BetaToolCallCaller | null | undefined
  readonly namespace?: string | undefined
  readonly name: string
  readonly arguments: string
  readonly status?: "in_progress" | "completed" | "incomplete" | undefined
}
