/**
 * The `BetaResponseAudioTranscriptDeltaEvent` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaAgentTag } from "./BetaAgentTag.ts"

export interface BetaResponseAudioTranscriptDeltaEvent {
  readonly agent?: BetaAgentTag | null | undefined
  readonly type: "response.audio.transcript.delta"
  readonly delta: string
  readonly sequence_number: number
}
