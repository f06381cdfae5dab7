/**
 * The `RunStepDetailsToolCall` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDetailsToolCallsCodeObject } from "./RunStepDetailsToolCallsCodeObject.ts"
import type { RunStepDetailsToolCallsFileSearchObject } from "./RunStepDetailsToolCallsFileSearchObject.ts"
import type { RunStepDetailsToolCallsFunctionObject } from "./RunStepDetailsToolCallsFunctionObject.ts"

export type RunStepDetailsToolCall =
  | RunStepDetailsToolCallsCodeObject
  | RunStepDetailsToolCallsFileSearchObject
  | RunStepDetailsToolCallsFunctionObject
