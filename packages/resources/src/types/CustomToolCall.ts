/**
 * The `CustomToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ToolCallCaller } from "./ToolCallCaller.ts"

export interface CustomToolCall {
  readonly type: "custom_tool_call"
  readonly id?: string | undefined
  readonly call_id: string
  readonly caller?: ToolCallCaller | null | undefined
  readonly namespace?: string | undefined
  readonly name: string
  readonly input: string
}
