/**
 * The `ResponseStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ResponseAudioDeltaEvent } from "./ResponseAudioDeltaEvent.ts"
import type { ResponseAudioDoneEvent } from "./ResponseAudioDoneEvent.ts"
import type { ResponseAudioTranscriptDeltaEvent } from "./ResponseAudioTranscriptDeltaEvent.ts"
import type { ResponseAudioTranscriptDoneEvent } from "./ResponseAudioTranscriptDoneEvent.ts"
import type { ResponseCodeInterpreterCallCodeDeltaEvent } from "./ResponseCodeInterpreterCallCodeDeltaEvent.ts"
import type { ResponseCodeInterpreterCallCodeDoneEvent } from "./ResponseCodeInterpreterCallCodeDoneEvent.ts"
import type { ResponseCodeInterpreterCallCompletedEvent } from "./ResponseCodeInterpreterCallCompletedEvent.ts"
import type { ResponseCodeInterpreterCallInProgressEvent } from "./ResponseCodeInterpreterCallInProgressEvent.ts"
import type { ResponseCodeInterpreterCallInterpretingEvent } from "./ResponseCodeInterpreterCallInterpretingEvent.ts"
import type { ResponseCompletedEvent } from "./ResponseCompletedEvent.ts"
import type { ResponseContentPartAddedEvent } from "./ResponseContentPartAddedEvent.ts"
import type { ResponseContentPartDoneEvent } from "./ResponseContentPartDoneEvent.ts"
import type { ResponseCreatedEvent } from "./ResponseCreatedEvent.ts"
import type { ResponseCustomToolCallInputDeltaEvent } from "./ResponseCustomToolCallInputDeltaEvent.ts"
import type { ResponseCustomToolCallInputDoneEvent } from "./ResponseCustomToolCallInputDoneEvent.ts"
import type { ResponseErrorEvent } from "./ResponseErrorEvent.ts"
import type { ResponseFailedEvent } from "./ResponseFailedEvent.ts"
import type { ResponseFileSearchCallCompletedEvent } from "./ResponseFileSearchCallCompletedEvent.ts"
import type { ResponseFileSearchCallInProgressEvent } from "./ResponseFileSearchCallInProgressEvent.ts"
import type { ResponseFileSearchCallSearchingEvent } from "./ResponseFileSearchCallSearchingEvent.ts"
import type { ResponseFunctionCallArgumentsDeltaEvent } from "./ResponseFunctionCallArgumentsDeltaEvent.ts"
import type { ResponseFunctionCallArgumentsDoneEvent } from "./ResponseFunctionCallArgumentsDoneEvent.ts"
import type { ResponseImageGenCallCompletedEvent } from "./ResponseImageGenCallCompletedEvent.ts"
import type { ResponseImageGenCallGeneratingEvent } from "./ResponseImageGenCallGeneratingEvent.ts"
import type { ResponseImageGenCallInProgressEvent } from "./ResponseImageGenCallInProgressEvent.ts"
import type { ResponseImageGenCallPartialImageEvent } from "./ResponseImageGenCallPartialImageEvent.ts"
import type { ResponseIncompleteEvent } from "./ResponseIncompleteEvent.ts"
import type { ResponseInProgressEvent } from "./ResponseInProgressEvent.ts"
import type { ResponseMCPCallArgumentsDeltaEvent } from "./ResponseMCPCallArgumentsDeltaEvent.ts"
import type { ResponseMCPCallArgumentsDoneEvent } from "./ResponseMCPCallArgumentsDoneEvent.ts"
import type { ResponseMCPCallCompletedEvent } from "./ResponseMCPCallCompletedEvent.ts"
import type { ResponseMCPCallFailedEvent } from "./ResponseMCPCallFailedEvent.ts"
import type { ResponseMCPCallInProgressEvent } from "./ResponseMCPCallInProgressEvent.ts"
import type { ResponseMCPListToolsCompletedEvent } from "./ResponseMCPListToolsCompletedEvent.ts"
import type { ResponseMCPListToolsFailedEvent } from "./ResponseMCPListToolsFailedEvent.ts"
import type { ResponseMCPListToolsInProgressEvent } from "./ResponseMCPListToolsInProgressEvent.ts"
import type { ResponseOutputItemAddedEvent } from "./ResponseOutputItemAddedEvent.ts"
import type { ResponseOutputItemDoneEvent } from "./ResponseOutputItemDoneEvent.ts"
import type { ResponseOutputTextAnnotationAddedEvent } from "./ResponseOutputTextAnnotationAddedEvent.ts"
import type { ResponseQueuedEvent } from "./ResponseQueuedEvent.ts"
import type { ResponseReasoningSummaryPartAddedEvent } from "./ResponseReasoningSummaryPartAddedEvent.ts"
import type { ResponseReasoningSummaryPartDoneEvent } from "./ResponseReasoningSummaryPartDoneEvent.ts"
import type { ResponseReasoningSummaryTextDeltaEvent } from "./ResponseReasoningSummaryTextDeltaEvent.ts"
import type { ResponseReasoningSummaryTextDoneEvent } from "./ResponseReasoningSummaryTextDoneEvent.ts"
import type { ResponseReasoningTextDeltaEvent } from "./ResponseReasoningTextDeltaEvent.ts"
import type { ResponseReasoningTextDoneEvent } from "./ResponseReasoningTextDoneEvent.ts"
import type { ResponseRefusalDeltaEvent } from "./ResponseRefusalDeltaEvent.ts"
import type { ResponseRefusalDoneEvent } from "./ResponseRefusalDoneEvent.ts"
import type { ResponseShellCallCommandAddedStreamingEvent } from "./ResponseShellCallCommandAddedStreamingEvent.ts"
import type { ResponseShellCallCommandDeltaStreamingEvent } from "./ResponseShellCallCommandDeltaStreamingEvent.ts"
import type { ResponseShellCallCommandDoneStreamingEvent } from "./ResponseShellCallCommandDoneStreamingEvent.ts"
import type { ResponseShellCallOutputContentDeltaStreamingEvent } from "./ResponseShellCallOutputContentDeltaStreamingEvent.ts"
import type { ResponseShellCallOutputContentDoneStreamingEvent } from "./ResponseShellCallOutputContentDoneStreamingEvent.ts"
import type { ResponseTextDeltaEvent } from "./ResponseTextDeltaEvent.ts"
import type { ResponseTextDoneEvent } from "./ResponseTextDoneEvent.ts"
import type { ResponseWebSearchCallCompletedEvent } from "./ResponseWebSearchCallCompletedEvent.ts"
import type { ResponseWebSearchCallInProgressEvent } from "./ResponseWebSearchCallInProgressEvent.ts"
import type { ResponseWebSearchCallSearchingEvent } from "./ResponseWebSearchCallSearchingEvent.ts"

export type ResponseStreamEvent =
  | ResponseAudioDeltaEvent
  | ResponseAudioDoneEvent
  | ResponseAudioTranscriptDeltaEvent
  | ResponseAudioTranscriptDoneEvent
  | ResponseCodeInterpreterCallCodeDeltaEvent
  | ResponseCodeInterpreterCallCodeDoneEvent
  | ResponseCodeInterpreterCallCompletedEvent
  | ResponseCodeInterpreterCallInProgressEvent
  | ResponseCodeInterpreterCallInterpretingEvent
  | ResponseCompletedEvent
  | ResponseContentPartAddedEvent
  | ResponseContentPartDoneEvent
  | ResponseCreatedEvent
  | ResponseErrorEvent
  | ResponseFileSearchCallCompletedEvent
  | ResponseFileSearchCallInProgressEvent
  | ResponseFileSearchCallSearchingEvent
  | ResponseFunctionCallArgumentsDeltaEvent
  | ResponseFunctionCallArgumentsDoneEvent
  | ResponseShellCallCommandAddedStreamingEvent
  | ResponseShellCallCommandDeltaStreamingEvent
  | ResponseShellCallCommandDoneStreamingEvent
  | ResponseShellCallOutputContentDeltaStreamingEvent
  | ResponseShellCallOutputContentDoneStreamingEvent
  | ResponseInProgressEvent
  | ResponseFailedEvent
  | ResponseIncompleteEvent
  | ResponseOutputItemAddedEvent
  | ResponseOutputItemDoneEvent
  | ResponseReasoningSummaryPartAddedEvent
  | ResponseReasoningSummaryPartDoneEvent
  | ResponseReasoningSummaryTextDeltaEvent
  | ResponseReasoningSummaryTextDoneEvent
  | ResponseReasoningTextDeltaEvent
  | ResponseReasoningTextDoneEvent
  | ResponseRefusalDeltaEvent
  | ResponseRefusalDoneEvent
  | ResponseTextDeltaEvent
  | ResponseTextDoneEvent
  | ResponseWebSearchCallCompletedEvent
  | ResponseWebSearchCallInProgressEvent
  | ResponseWebSearchCallSearchingEvent
  | ResponseImageGenCallCompletedEvent
  | ResponseImageGenCallGeneratingEvent
  | ResponseImageGenCallInProgressEvent
  | ResponseImageGenCallPartialImageEvent
  | ResponseMCPCallArgumentsDeltaEvent
  | ResponseMCPCallArgumentsDoneEvent
  | ResponseMCPCallCompletedEvent
  | ResponseMCPCallFailedEvent
  | ResponseMCPCallInProgressEvent
  | ResponseMCPListToolsCompletedEvent
  | ResponseMCPListToolsFailedEvent
  | ResponseMCPListToolsInProgressEvent
  | ResponseOutputTextAnnotationAddedEvent
  | ResponseQueuedEvent
  | ResponseCustomToolCallInputDeltaEvent
  | ResponseCustomToolCallInputDoneEvent
