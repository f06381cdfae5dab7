/**
 * The `RunStepDeltaObjectDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDeltaStepDetailsMessageCreationObject } from "./RunStepDeltaStepDetailsMessageCreationObject.ts"
import type { RunStepDeltaStepDetailsToolCallsObject } from "./RunStepDeltaStepDetailsToolCallsObject.ts"

export interface RunStepDeltaObjectDelta {
  readonly step_details?:
    | RunStepDeltaStepDetailsMessageCreationObject
    | RunStepDeltaStepDetailsToolCallsObject
    | undefined
}
