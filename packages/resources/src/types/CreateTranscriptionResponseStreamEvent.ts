/**
 * The `CreateTranscriptionResponseStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { TranscriptTextDeltaEvent } from "./TranscriptTextDeltaEvent.ts"
import type { TranscriptTextDoneEvent } from "./TranscriptTextDoneEvent.ts"
import type { TranscriptTextSegmentEvent } from "./TranscriptTextSegmentEvent.ts"

export type CreateTranscriptionResponseStreamEvent =
  | TranscriptTextSegmentEvent
  | TranscriptTextDeltaEvent
  | TranscriptTextDoneEvent
