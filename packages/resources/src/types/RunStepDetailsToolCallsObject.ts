/**
 * The `RunStepDetailsToolCallsObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDetailsToolCall } from "./RunStepDetailsToolCall.ts"

export interface RunStepDetailsToolCallsObject {
  readonly type: "tool_calls"
  readonly tool_calls: ReadonlyArray<RunStepDetailsToolCall>
}
