/**
 * The `RunStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RunObject } from "./RunObject.ts"

export type RunStreamEvent = {
  readonly event: "thread.run.created"
  readonly data: RunObject
} | {
  readonly event: "thread.run.queued"
  readonly data: RunObject
} | {
  readonly event: "thread.run.in_progress"
  readonly data: RunObject
} | {
  readonly event: "thread.run.requires_action"
  readonly data: RunObject
} | {
  readonly event: "thread.run.completed"
  readonly data: RunObject
} | {
  readonly event: "thread.run.incomplete"
  readonly data: RunObject
} | {
  readonly event: "thread.run.failed"
  readonly data: RunObject
} | {
  readonly event: "thread.run.cancelling"
  readonly data: RunObject
} | {
  readonly event: "thread.run.cancelled"
  readonly data: RunObject
} | {
  readonly event: "thread.run.expired"
  readonly data: RunObject
}
