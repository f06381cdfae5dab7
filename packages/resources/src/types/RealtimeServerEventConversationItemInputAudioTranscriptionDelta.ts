/**
 * The `RealtimeServerEventConversationItemInputAudioTranscriptionDelta` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { LogProbProperties } from "./LogProbProperties.ts"

export interface RealtimeServerEventConversationItemInputAudioTranscriptionDelta {
  readonly event_id: string
  readonly type: "conversation.item.input_audio_transcription.delta"
  readonly item_id: string
  readonly content_index?: number | undefined
  readonly delta?: string | undefined
  readonly logprobs?: ReadonlyArray<LogProbProperties> | null | undefined
}
