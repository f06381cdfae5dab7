/**
 * The `RunStepDeltaObject` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDeltaObjectDelta } from "./RunStepDeltaObjectDelta.ts"

export interface RunStepDeltaObject {
  readonly id: string
  readonly object: "thread.run.step.delta"
  readonly delta: RunStepDeltaObjectDelta
}
