/**
 * The `AssistantStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ErrorEvent } from "./ErrorEvent.ts"
import type { MessageStreamEvent } from "./MessageStreamEvent.ts"
import type { RunStepStreamEvent } from "./RunStepStreamEvent.ts"
import type { RunStreamEvent } from "./RunStreamEvent.ts"
import type { ThreadStreamEvent } from "./ThreadStreamEvent.ts"

export type AssistantStreamEvent =
  | ThreadStreamEvent
  | RunStreamEvent
  | RunStepStreamEvent
  | MessageStreamEvent
  | ErrorEvent
