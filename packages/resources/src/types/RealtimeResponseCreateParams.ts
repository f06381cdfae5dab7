/**
 * The `RealtimeResponseCreateParams` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { MCPTool } from "./MCPTool.ts"
import type { Metadata } from "./Metadata.ts"
import type { Prompt } from "./Prompt.ts"
import type { RealtimeAudioFormats } from "./RealtimeAudioFormats.ts"
import type { RealtimeConversationItem } from "./RealtimeConversationItem.ts"
import type { RealtimeFunctionTool } from "./RealtimeFunctionTool.ts"
import type { RealtimeReasoning } from "./RealtimeReasoning.ts"
import type { ToolChoiceFunction } from "./ToolChoiceFunction.ts"
import type { ToolChoiceMCP } from "./ToolChoiceMCP.ts"
import type { ToolChoiceOptions } from "./ToolChoiceOptions.ts"
import type { VoiceIdsOrCustomVoice } from "./VoiceIdsOrCustomVoice.ts"

export interface RealtimeResponseCreateParams {
  readonly output_modalities?: ReadonlyArray<"text" | "audio"> | undefined
  readonly instructions?: string | undefined
  readonly audio?: {
    readonly output?: {
      readonly format?: RealtimeAudioFormats | undefined
      /** @default "alloy" */
      readonly voice?: VoiceIdsOrCustomVoice | undefined
    } | undefined
  } | undefined
  readonly tools?: ReadonlyArray<RealtimeFunctionTool | MCPTool> | undefined
  /** @default "auto" */
  readonly tool_choice?: ToolChoiceOptions | ToolChoiceFunction | ToolChoiceMCP | undefined
  readonly parallel_tool_calls?: boolean | undefined
  readonly reasoning?: RealtimeReasoning | undefined
  readonly max_output_tokens?: number | "inf" | undefined
  /** @default "auto" */
  readonly conversation?: "auto" | "none" | (string & {}) | undefined
  readonly metadata?: Metadata | undefined
  readonly prompt?: Prompt | undefined
  readonly input?: ReadonlyArray<RealtimeConversationItem> | undefined
}
