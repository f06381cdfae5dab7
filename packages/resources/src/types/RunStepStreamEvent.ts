/**
 * The `RunStepStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunStepDeltaObject } from "./RunStepDeltaObject.ts"
import type { RunStepObject } from "./RunStepObject.ts"

export type RunStepStreamEvent = {
  readonly event: "thread.run.step.created"
  readonly data: RunStepObject
} | {
  readonly event: "thread.run.step.in_progress"
  readonly data: RunStepObject
} | {
  readonly event: "thread.run.step.delta"
  readonly data: RunStepDeltaObject
} | {
  readonly event: "thread.run.step.completed"
  readonly data: RunStepObject
} | {
  readonly event: "thread.run.step.failed"
  readonly data: RunStepObject
} | {
  readonly event: "thread.run.step.cancelled"
  readonly data: RunStepObject
} | {
  readonly event: "thread.run.step.expired"
  readonly data: RunStepObject
}
