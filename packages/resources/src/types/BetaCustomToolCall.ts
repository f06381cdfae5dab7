/**
 * The `BetaCustomToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"
import type { BetaToolCallCaller } from "./BetaToolCallCaller.ts"

export interface BetaCustomToolCall {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "custom_tool_call"
  readonly id?: string | undefined
  readonly call_id: string
  readonly caller?: BetaToolCallCaller | null | undefined
  readonly namespace?: string | undefined
  readonly name: string
  readonly input: string
}
