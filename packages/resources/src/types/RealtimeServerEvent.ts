/**
 * The `RealtimeServerEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { RealtimeServerEventConversationCreated } from "./RealtimeServerEventConversationCreated.ts"
import type { RealtimeServerEventConversationItemAdded } from "./RealtimeServerEventConversationItemAdded.ts"
import type { RealtimeServerEventConversationItemCreated } from "./RealtimeServerEventConversationItemCreated.ts"
import type { RealtimeServerEventConversationItemDeleted } from "./RealtimeServerEventConversationItemDeleted.ts"
import type { RealtimeServerEventConversationItemDone } from "./RealtimeServerEventConversationItemDone.ts"
import type { RealtimeServerEventConversationItemInputAudioTranscriptionCompleted } from "./RealtimeServerEventConversationItemInputAudioTranscriptionCompleted.ts"
import type { RealtimeServerEventConversationItemInputAudioTranscriptionDelta } from "./RealtimeServerEventConversationItemInputAudioTranscriptionDelta.ts"
import type { RealtimeServerEventConversationItemInputAudioTranscriptionFailed } from "./RealtimeServerEventConversationItemInputAudioTranscriptionFailed.ts"
import type { RealtimeServerEventConversationItemInputAudioTranscriptionSegment } from "./RealtimeServerEventConversationItemInputAudioTranscriptionSegment.ts"
import type { RealtimeServerEventConversationItemRetrieved } from "./RealtimeServerEventConversationItemRetrieved.ts"
import type { RealtimeServerEventConversationItemTruncated } from "./RealtimeServerEventConversationItemTruncated.ts"
import type { RealtimeServerEventError } from "./RealtimeServerEventError.ts"
import type { RealtimeServerEventInputAudioBufferCleared } from "./RealtimeServerEventInputAudioBufferCleared.ts"
import type { RealtimeServerEventInputAudioBufferCommitted } from "./RealtimeServerEventInputAudioBufferCommitted.ts"
import type { RealtimeServerEventInputAudioBufferDtmfEventReceived } from "./RealtimeServerEventInputAudioBufferDtmfEventReceived.ts"
import type { RealtimeServerEventInputAudioBufferSpeechStarted } from "./RealtimeServerEventInputAudioBufferSpeechStarted.ts"
import type { RealtimeServerEventInputAudioBufferSpeechStopped } from "./RealtimeServerEventInputAudioBufferSpeechStopped.ts"
import type { RealtimeServerEventInputAudioBufferTimeoutTriggered } from "./RealtimeServerEventInputAudioBufferTimeoutTriggered.ts"
import type { RealtimeServerEventMCPListToolsCompleted } from "./RealtimeServerEventMCPListToolsCompleted.ts"
import type { RealtimeServerEventMCPListToolsFailed } from "./RealtimeServerEventMCPListToolsFailed.ts"
import type { RealtimeServerEventMCPListToolsInProgress } from "./RealtimeServerEventMCPListToolsInProgress.ts"
import type { RealtimeServerEventOutputAudioBufferCleared } from "./RealtimeServerEventOutputAudioBufferCleared.ts"
import type { RealtimeServerEventOutputAudioBufferStarted } from "./RealtimeServerEventOutputAudioBufferStarted.ts"
import type { RealtimeServerEventOutputAudioBufferStopped } from "./RealtimeServerEventOutputAudioBufferStopped.ts"
import type { RealtimeServerEventRateLimitsUpdated } from "./RealtimeServerEventRateLimitsUpdated.ts"
import type { RealtimeServerEventResponseAudioDelta } from "./RealtimeServerEventResponseAudioDelta.ts"
import type { RealtimeServerEventResponseAudioDone } from "./RealtimeServerEventResponseAudioDone.ts"
import type { RealtimeServerEventResponseAudioTranscriptDelta } from "./RealtimeServerEventResponseAudioTranscriptDelta.ts"
import type { RealtimeServerEventResponseAudioTranscriptDone } from "./RealtimeServerEventResponseAudioTranscriptDone.ts"
import type { RealtimeServerEventResponseContentPartAdded } from "./RealtimeServerEventResponseContentPartAdded.ts"
import type { RealtimeServerEventResponseContentPartDone } from "./RealtimeServerEventResponseContentPartDone.ts"
import type { RealtimeServerEventResponseCreated } from "./RealtimeServerEventResponseCreated.ts"
import type { RealtimeServerEventResponseDone } from "./RealtimeServerEventResponseDone.ts"
import type { RealtimeServerEventResponseFunctionCallArgumentsDelta } from "./RealtimeServerEventResponseFunctionCallArgumentsDelta.ts"
import type { RealtimeServerEventResponseFunctionCallArgumentsDone } from "./RealtimeServerEventResponseFunctionCallArgumentsDone.ts"
import type { RealtimeServerEventResponseMCPCallArgumentsDelta } from "./RealtimeServerEventResponseMCPCallArgumentsDelta.ts"
import type { RealtimeServerEventResponseMCPCallArgumentsDone } from "./RealtimeServerEventResponseMCPCallArgumentsDone.ts"
import type { RealtimeServerEventResponseMCPCallCompleted } from "./RealtimeServerEventResponseMCPCallCompleted.ts"
import type { RealtimeServerEventResponseMCPCallFailed } from "./RealtimeServerEventResponseMCPCallFailed.ts"
import type { RealtimeServerEventResponseMCPCallInProgress } from "./RealtimeServerEventResponseMCPCallInProgress.ts"
import type { RealtimeServerEventResponseOutputItemAdded } from "./RealtimeServerEventResponseOutputItemAdded.ts"
import type { RealtimeServerEventResponseOutputItemDone } from "./RealtimeServerEventResponseOutputItemDone.ts"
import type { RealtimeServerEventResponseTextDelta } from "./RealtimeServerEventResponseTextDelta.ts"
import type { RealtimeServerEventResponseTextDone } from "./RealtimeServerEventResponseTextDone.ts"
import type { RealtimeServerEventSessionCreated } from "./RealtimeServerEventSessionCreated.ts"
import type { RealtimeServerEventSessionUpdated } from "./RealtimeServerEventSessionUpdated.ts"

export type RealtimeServerEvent =
  | RealtimeServerEventConversationCreated
  | RealtimeServerEventConversationItemCreated
  | RealtimeServerEventConversationItemDeleted
  | RealtimeServerEventConversationItemInputAudioTranscriptionCompleted
  | RealtimeServerEventConversationItemInputAudioTranscriptionDelta
  | RealtimeServerEventConversationItemInputAudioTranscriptionFailed
  | RealtimeServerEventConversationItemRetrieved
  | RealtimeServerEventConversationItemTruncated
  | RealtimeServerEventError
  | RealtimeServerEventInputAudioBufferCleared
  | RealtimeServerEventInputAudioBufferCommitted
  | RealtimeServerEventInputAudioBufferDtmfEventReceived
  | RealtimeServerEventInputAudioBufferSpeechStarted
  | RealtimeServerEventInputAudioBufferSpeechStopped
  | RealtimeServerEventRateLimitsUpdated
  | RealtimeServerEventResponseAudioDelta
  | RealtimeServerEventResponseAudioDone
  | RealtimeServerEventResponseAudioTranscriptDelta
  | RealtimeServerEventResponseAudioTranscriptDone
  | RealtimeServerEventResponseContentPartAdded
  | RealtimeServerEventResponseContentPartDone
  | RealtimeServerEventResponseCreated
  | RealtimeServerEventResponseDone
  | RealtimeServerEventResponseFunctionCallArgumentsDelta
  | RealtimeServerEventResponseFunctionCallArgumentsDone
  | RealtimeServerEventResponseOutputItemAdded
  | RealtimeServerEventResponseOutputItemDone
  | RealtimeServerEventResponseTextDelta
  | RealtimeServerEventResponseTextDone
  | RealtimeServerEventSessionCreated
  | RealtimeServerEventSessionUpdated
  | RealtimeServerEventOutputAudioBufferStarted
  | RealtimeServerEventOutputAudioBufferStopped
  | RealtimeServerEventOutputAudioBufferCleared
  | RealtimeServerEventConversationItemAdded
  | RealtimeServerEventConversationItemDone
  | RealtimeServerEventInputAudioBufferTimeoutTriggered
  | RealtimeServerEventConversationItemInputAudioTranscriptionSegment
  | RealtimeServerEventMCPListToolsInProgress
  | RealtimeServerEventMCPListToolsCompleted
  | RealtimeServerEventMCPListToolsFailed
  | RealtimeServerEventResponseMCPCallArgumentsDelta
  | RealtimeServerEventResponseMCPCallArgumentsDone
  | RealtimeServerEventResponseMCPCallInProgress
  | RealtimeServerEventResponseMCPCallCompleted
  | RealtimeServerEventResponseMCPCallFailed
