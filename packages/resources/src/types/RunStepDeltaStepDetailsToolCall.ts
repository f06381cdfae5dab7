/**
 * The `RunStepDeltaStepDetailsToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDeltaStepDetailsToolCallsCodeObject } from "./RunStepDeltaStepDetailsToolCallsCodeObject.ts"
import type { RunStepDeltaStepDetailsToolCallsFileSearchObject } from "./RunStepDeltaStepDetailsToolCallsFileSearchObject.ts"
import type { RunStepDeltaStepDetailsToolCallsFunctionObject } from "./RunStepDeltaStepDetailsToolCallsFunctionObject.ts"

export type RunStepDeltaStepDetailsToolCall =
  | RunStepDeltaStepDetailsToolCallsCodeObject
  | RunStepDeltaStepDetailsToolCallsFileSearchObject
  | RunStepDeltaStepDetailsToolCallsFunctionObject
