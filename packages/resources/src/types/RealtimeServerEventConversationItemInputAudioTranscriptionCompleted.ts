/**
 * The `RealtimeServerEventConversationItemInputAudioTranscriptionCompleted` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { LogProbProperties } from "./LogProbProperties.ts"
import type { TranscriptionLanguage } from "./TranscriptionLanguage.ts"
import type { TranscriptTextUsageDuration } from "./TranscriptTextUsageDuration.ts"
import type { TranscriptTextUsageTokens } from "./TranscriptTextUsageTokens.ts"

export interface RealtimeServerEventConversationItemInputAudioTranscriptionCompleted {
  readonly event_id: string
  readonly type: "conversation.item.input_audio_transcription.completed"
  readonly item_id: string
  readonly content_index: number
  readonly transcript: string
  readonly languages?: ReadonlyArray<TranscriptionLanguage> | undefined
  readonly logprobs?: ReadonlyArray<LogProbProperties> | null | undefined
  readonly usage: TranscriptTextUsageTokens | TranscriptTextUsageDuration
}
