/**
 * The `RunStepDeltaStepDetailsToolCallsCodeObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDeltaStepDetailsToolCallsCodeOutputImageObject } from "./RunStepDeltaStepDetailsToolCallsCodeOutputImageObject.ts"
import type { RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject } from "./RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject.ts"

export interface RunStepDeltaStepDetailsToolCallsCodeObject {
  readonly index: number
  readonly id?: string | undefined
  readonly type: "code_interpreter"
  readonly code_interpreter?: {
    readonly input?: string | undefined
    readonly outputs?:
      | ReadonlyArray<
        RunStepDeltaStepDetailsToolCallsCodeOutputLogsObject | RunStepDeltaStepDetailsToolCallsCodeOutputImageObject
      >
      | undefined
  } | undefined
}
