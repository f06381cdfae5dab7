/**
 * The `RealtimeSessionCreateResponseGA` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { AudioTranscription } from "./AudioTranscription.ts"
import type { MCPTool } from "./MCPTool.ts"
import type { NoiseReductionType } from "./NoiseReductionType.ts"
import type { Prompt } from "./Prompt.ts"
import type { RealtimeAudioFormats } from "./RealtimeAudioFormats.ts"
import type { RealtimeFunctionTool } from "./RealtimeFunctionTool.ts"
import type { RealtimeReasoning } from "./RealtimeReasoning.ts"
import type { RealtimeTruncation } from "./RealtimeTruncation.ts"
import type { RealtimeTurnDetection } from "./RealtimeTurnDetection.ts"
import type { ToolChoiceFunction } from "./ToolChoiceFunction.ts"
import type { ToolChoiceMCP } from "./ToolChoiceMCP.ts"
import type { ToolChoiceOptions } from "./ToolChoiceOptions.ts"
import type { VoiceIdsShared } from "./VoiceIdsShared.ts"

export interface RealtimeSessionCreateResponseGA {
  readonly type: "realtime"
  readonly id: string
  readonly object: "realtime.session"
  /** @format unixtime */
  readonly expires_at?: number | undefined
  /** @default ["audio"] */
  readonly output_modalities?: ReadonlyArray<"text" | "audio"> | undefined
  readonly model?:
    | "gpt-realtime"
    | "gpt-realtime-1.5"
    | "gpt-realtime-2"
    | "gpt-realtime-2.1"
    | "gpt-realtime-2.1-mini"
    | "gpt-realtime-2025-08-28"
    | "gpt-4o-realtime-preview"
    | "gpt-4o-realtime-preview-2024-10-01"
    | "gpt-4o-realtime-preview-2024-12-17"
    | "gpt-4o-realtime-preview-2025-06-03"
    | "gpt-4o-mini-realtime-preview"
    | "gpt-4o-mini-realtime-preview-2024-12-17"
    | "gpt-realtime-mini"
    | "gpt-realtime-mini-2025-10-06"
    | "gpt-realtime-mini-2025-12-15"
    | "gpt-audio-1.5"
    | "gpt-audio-mini"
    | "gpt-audio-mini-2025-10-06"
    | "gpt-audio-mini-2025-12-15"
    | (string & {})
    | undefined
  readonly instructions?: string | undefined
  readonly audio?: {
    readonly input?: {
      readonly format?: RealtimeAudioFormats | undefined
      readonly transcription?: AudioTranscription | undefined
      readonly noise_reduction?: {
        readonly type?: NoiseReductionType | undefined
      } | undefined
      readonly turn_detection?: RealtimeTurnDetection | undefined
    } | undefined
    readonly output?: {
      readonly format?: RealtimeAudioFormats | undefined
      /** @default "alloy" */
      readonly voice?: VoiceIdsShared | undefined
      /**
       * @default 1
       * @minimum 0.25
       * @maximum 1.5
       */
      readonly speed?: number | undefined
    } | undefined
  } | undefined
  readonly include?: ReadonlyArray<"item.input_audio_transcription.logprobs"> | undefined
  readonly tracing?:
    | "auto"
    | {
      readonly workflow_name?: string | undefined
      readonly group_id?: string | undefined
      readonly metadata?: { readonly [key: string]: unknown } | undefined
    }
    | null
    | undefined
  readonly tools?: ReadonlyArray<RealtimeFunctionTool | MCPTool> | undefined
  /** @default "auto" */
  readonly tool_choice?: ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | undefined
  readonly reasoning?: RealtimeReasoning | undefined
  readonly max_output_tokens?: number | "inf" | undefined
  readonly truncation?: RealtimeTruncation | undefined
  readonly prompt?: Prompt | undefined
}
