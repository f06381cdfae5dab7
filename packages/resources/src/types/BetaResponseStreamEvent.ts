/**
 * The `BetaResponseStreamEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaResponseAudioDeltaEvent } from "./BetaResponseAudioDeltaEvent.ts"
import type { BetaResponseAudioDoneEvent } from "./BetaResponseAudioDoneEvent.ts"
import type { BetaResponseAudioTranscriptDeltaEvent } from "./BetaResponseAudioTranscriptDeltaEvent.ts"
import type { BetaResponseAudioTranscriptDoneEvent } from "./BetaResponseAudioTranscriptDoneEvent.ts"
import type { BetaResponseCodeInterpreterCallCodeDeltaEvent } from "./BetaResponseCodeInterpreterCallCodeDeltaEvent.ts"
import type { BetaResponseCodeInterpreterCallCodeDoneEvent } from "./BetaResponseCodeInterpreterCallCodeDoneEvent.ts"
import type { BetaResponseCodeInterpreterCallCompletedEvent } from "./BetaResponseCodeInterpreterCallCompletedEvent.ts"
import type { BetaResponseCodeInterpreterCallInProgressEvent } from "./BetaResponseCodeInterpreterCallInProgressEvent.ts"
import type { BetaResponseCodeInterpreterCallInterpretingEvent } from "./BetaResponseCodeInterpreterCallInterpretingEvent.ts"
import type { BetaResponseCompletedEvent } from "./BetaResponseCompletedEvent.ts"
import type { BetaResponseContentPartAddedEvent } from "./BetaResponseContentPartAddedEvent.ts"
import type { BetaResponseContentPartDoneEvent } from "./BetaResponseContentPartDoneEvent.ts"
import type { BetaResponseCreatedEvent } from "./BetaResponseCreatedEvent.ts"
import type { BetaResponseCustomToolCallInputDeltaEvent } from "./BetaResponseCustomToolCallInputDeltaEvent.ts"
import type { BetaResponseCustomToolCallInputDoneEvent } from "./BetaResponseCustomToolCallInputDoneEvent.ts"
import type { BetaResponseErrorEvent } from "./BetaResponseErrorEvent.ts"
import type { BetaResponseFailedEvent } from "./BetaResponseFailedEvent.ts"
import type { BetaResponseFileSearchCallCompletedEvent } from "./BetaResponseFileSearchCallCompletedEvent.ts"
import type { BetaResponseFileSearchCallInProgressEvent } from "./BetaResponseFileSearchCallInProgressEvent.ts"
import type { BetaResponseFileSearchCallSearchingEvent } from "./BetaResponseFileSearchCallSearchingEvent.ts"
import type { BetaResponseFunctionCallArgumentsDeltaEvent } from "./BetaResponseFunctionCallArgumentsDeltaEvent.ts"
import type { BetaResponseFunctionCallArgumentsDoneEvent } from "./BetaResponseFunctionCallArgumentsDoneEvent.ts"
import type { BetaResponseImageGenCallCompletedEvent } from "./BetaResponseImageGenCallCompletedEvent.ts"
import type { BetaResponseImageGenCallGeneratingEvent } from "./BetaResponseImageGenCallGeneratingEvent.ts"
import type { BetaResponseImageGenCallInProgressEvent } from "./BetaResponseImageGenCallInProgressEvent.ts"
import type { BetaResponseImageGenCallPartialImageEvent } from "./BetaResponseImageGenCallPartialImageEvent.ts"
import type { BetaResponseIncompleteEvent } from "./BetaResponseIncompleteEvent.ts"
import type { BetaResponseInProgressEvent } from "./BetaResponseInProgressEvent.ts"
import type { BetaResponseMCPCallArgumentsDeltaEvent } from "./BetaResponseMCPCallArgumentsDeltaEvent.ts"
import type { BetaResponseMCPCallArgumentsDoneEvent } from "./BetaResponseMCPCallArgumentsDoneEvent.ts"
import type { BetaResponseMCPCallCompletedEvent } from "./BetaResponseMCPCallCompletedEvent.ts"
import type { BetaResponseMCPCallFailedEvent } from "./BetaResponseMCPCallFailedEvent.ts"
import type { BetaResponseMCPCallInProgressEvent } from "./BetaResponseMCPCallInProgressEvent.ts"
import type { BetaResponseMCPListToolsCompletedEvent } from "./BetaResponseMCPListToolsCompletedEvent.ts"
import type { BetaResponseMCPListToolsFailedEvent } from "./BetaResponseMCPListToolsFailedEvent.ts"
import type { BetaResponseMCPListToolsInProgressEvent } from "./BetaResponseMCPListToolsInProgressEvent.ts"
import type { BetaResponseOutputItemAddedEvent } from "./BetaResponseOutputItemAddedEvent.ts"
import type { BetaResponseOutputItemDoneEvent } from "./BetaResponseOutputItemDoneEvent.ts"
import type { BetaResponseOutputTextAnnotationAddedEvent } from "./BetaResponseOutputTextAnnotationAddedEvent.ts"
import type { BetaResponseQueuedEvent } from "./BetaResponseQueuedEvent.ts"
import type { BetaResponseReasoningSummaryPartAddedEvent } from "./BetaResponseReasoningSummaryPartAddedEvent.ts"
import type { BetaResponseReasoningSummaryPartDoneEvent } from "./BetaResponseReasoningSummaryPartDoneEvent.ts"
import type { BetaResponseReasoningSummaryTextDeltaEvent } from "./BetaResponseReasoningSummaryTextDeltaEvent.ts"
import type { BetaResponseReasoningSummaryTextDoneEvent } from "./BetaResponseReasoningSummaryTextDoneEvent.ts"
import type { BetaResponseReasoningTextDeltaEvent } from "./BetaResponseReasoningTextDeltaEvent.ts"
import type { BetaResponseReasoningTextDoneEvent } from "./BetaResponseReasoningTextDoneEvent.ts"
import type { BetaResponseRefusalDeltaEvent } from "./BetaResponseRefusalDeltaEvent.ts"
import type { BetaResponseRefusalDoneEvent } from "./BetaResponseRefusalDoneEvent.ts"
import type { BetaResponseShellCallCommandAddedStreamingEvent } from "./BetaResponseShellCallCommandAddedStreamingEvent.ts"
import type { BetaResponseShellCallCommandDeltaStreamingEvent } from "./BetaResponseShellCallCommandDeltaStreamingEvent.ts"
import type { BetaResponseShellCallCommandDoneStreamingEvent } from "./BetaResponseShellCallCommandDoneStreamingEvent.ts"
import type { BetaResponseShellCallOutputContentDeltaStreamingEvent } from "./BetaResponseShellCallOutputContentDeltaStreamingEvent.ts"
import type { BetaResponseShellCallOutputContentDoneStreamingEvent } from "./BetaResponseShellCallOutputContentDoneStreamingEvent.ts"
import type { BetaResponseTextDeltaEvent } from "./BetaResponseTextDeltaEvent.ts"
import type { BetaResponseTextDoneEvent } from "./BetaResponseTextDoneEvent.ts"
import type { BetaResponseWebSearchCallCompletedEvent } from "./BetaResponseWebSearchCallCompletedEvent.ts"
import type { BetaResponseWebSearchCallInProgressEvent } from "./BetaResponseWebSearchCallInProgressEvent.ts"
import type { BetaResponseWebSearchCallSearchingEvent } from "./BetaResponseWebSearchCallSearchingEvent.ts"

export type BetaResponseStreamEvent =
  | BetaResponseAudioDeltaEvent
  | BetaResponseAudioDoneEvent
  | BetaResponseAudioTranscriptDeltaEvent
  | BetaResponseAudioTranscriptDoneEvent
  | BetaResponseCodeInterpreterCallCodeDeltaEvent
  | BetaResponseCodeInterpreterCallCodeDoneEvent
  | BetaResponseCodeInterpreterCallCompletedEvent
  | BetaResponseCodeInterpreterCallInProgressEvent
  | BetaResponseCodeInterpreterCallInterpretingEvent
  | BetaResponseCompletedEvent
  | BetaResponseContentPartAddedEvent
  | BetaResponseContentPartDoneEvent
  | BetaResponseCreatedEvent
  | BetaResponseErrorEvent
  | BetaResponseFileSearchCallCompletedEvent
  | BetaResponseFileSearchCallInProgressEvent
  | BetaResponseFileSearchCallSearchingEvent
  | BetaResponseFunctionCallArgumentsDeltaEvent
  | BetaResponseFunctionCallArgumentsDoneEvent
  | BetaResponseShellCallCommandAddedStreamingEvent
  | BetaResponseShellCallCommandDeltaStreamingEvent
  | BetaResponseShellCallCommandDoneStreamingEvent
  | BetaResponseShellCallOutputContentDeltaStreamingEvent
  | BetaResponseShellCallOutputContentDoneStreamingEvent
  | BetaResponseInProgressEvent
  | BetaResponseFailedEvent
  | BetaResponseIncompleteEvent
  | BetaResponseOutputItemAddedEvent
  | BetaResponseOutputItemDoneEvent
  | BetaResponseReasoningSummaryPartAddedEvent
  | BetaResponseReasoningSummaryPartDoneEvent
  | BetaResponseReasoningSummaryTextDeltaEvent
  | BetaResponseReasoningSummaryTextDoneEvent
  | BetaResponseReasoningTextDeltaEvent
  | BetaResponseReasoningTextDoneEvent
  | BetaResponseRefusalDeltaEvent
  | BetaResponseRefusalDoneEvent
  | BetaResponseTextDeltaEvent
  | BetaResponseTextDoneEvent
  | BetaResponseWebSearchCallCompletedEvent
  | BetaResponseWebSearchCallInProgressEvent
  | BetaResponseWebSearchCallSearchingEvent
  | BetaResponseImageGenCallCompletedEvent
  | BetaResponseImageGenCallGeneratingEvent
  | BetaResponseImageGenCallInProgressEvent
  | BetaResponseImageGenCallPartialImageEvent
  | BetaResponseMCPCallArgumentsDeltaEvent
  | BetaResponseMCPCallArgumentsDoneEvent
  | BetaResponseMCPCallCompletedEvent
  | BetaResponseMCPCallFailedEvent
  | BetaResponseMCPCallInProgressEvent
  | BetaResponseMCPListToolsCompletedEvent
  | BetaResponseMCPListToolsFailedEvent
  | BetaResponseMCPListToolsInProgressEvent
  | BetaResponseOutputTextAnnotationAddedEvent
  | BetaResponseQueuedEvent
  | BetaResponseCustomToolCallInputDeltaEvent
  | BetaResponseCustomToolCallInputDoneEvent
