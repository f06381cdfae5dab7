/**
 * The `RunStepDeltaStepDetailsToolCallsObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDeltaStepDetailsToolCall } from "./RunStepDeltaStepDetailsToolCall.ts"

export interface RunStepDeltaStepDetailsToolCallsObject {
  readonly type: "tool_calls"
  readonly tool_calls?: ReadonlyArray<RunStepDeltaStepDetailsToolCall> | undefined
}
