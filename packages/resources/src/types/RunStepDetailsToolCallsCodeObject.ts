/**
 * The `RunStepDetailsToolCallsCodeObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDetailsToolCallsCodeOutputImageObject } from "./RunStepDetailsToolCallsCodeOutputImageObject.ts"
import type { RunStepDetailsToolCallsCodeOutputLogsObject } from "./RunStepDetailsToolCallsCodeOutputLogsObject.ts"

export interface RunStepDetailsToolCallsCodeObject {
  readonly id: string
  readonly type: "code_interpreter"
  readonly code_interpreter: {
    readonly input: string
    readonly outputs: ReadonlyArray<
      RunStepDetailsToolCallsCodeOutputLogsObject | RunStepDetailsToolCallsCodeOutputImageObject
    >
  }
}
