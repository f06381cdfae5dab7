/**
 * The `CreateChatCompletionRequest` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ChatCompletionFunctionCallOption } from "./ChatCompletionFunctionCallOption.ts"
import type { ChatCompletionFunctions } from "./ChatCompletionFunctions.ts"
import type { ChatCompletionRequestMessage } from "./ChatCompletionRequestMessage.ts"
import type { ChatCompletionStreamOptions } from "./ChatCompletionStreamOptions.ts"
import type { ChatCompletionTool } from "./ChatCompletionTool.ts"
import type { ChatCompletionToolChoiceOption } from "./ChatCompletionToolChoiceOption.ts"
import type { CreateModelResponseProperties } from "./CreateModelResponseProperties.ts"
import type { CustomToolChatCompletions } from "./CustomToolChatCompletions.ts"
import type { ModelIdsShared } from "./ModelIdsShared.ts"
import type { ModerationParam } from "./ModerationParam.ts"
import type { ParallelToolCalls } from "./ParallelToolCalls.ts"
import type { PredictionContent } from "./PredictionContent.ts"
import type { ReasoningEffort } from "./ReasoningEffort.ts"
import type { ResponseFormatJsonObject } from "./ResponseFormatJsonObject.ts"
import type { ResponseFormatJsonSchema } from "./ResponseFormatJsonSchema.ts"
import type { ResponseFormatText } from "./ResponseFormatText.ts"
import type { ResponseModalities } from "./ResponseModalities.ts"
import type { ServiceTier } from "./ServiceTier.ts"
import type { StopConfiguration } from "./StopConfiguration.ts"
import type { Verbosity } from "./Verbosity.ts"
import type { VoiceIdsOrCustomVoice } from "./VoiceIdsOrCustomVoice.ts"
import type { WebSearchContextSize } from "./WebSearchContextSize.ts"
import type { WebSearchLocation } from "./WebSearchLocation.ts"

export interface CreateChatCompletionRequest extends Omit<CreateModelResponseProperties, "top_logprobs"> {
  /** @minItems 1 */
  readonly messages: ReadonlyArray<ChatCompletionRequestMessage>
  readonly model: ModelIdsShared
  readonly service_tier?: ServiceTier | undefined
  readonly modalities?: ResponseModalities | undefined
  readonly verbosity?: Verbosity | undefined
  readonly reasoning_effort?: ReasoningEffort | undefined
  readonly max_completion_tokens?: number | null | undefined
  /**
   * @default 0
   * @minimum -2
   * @maximum 2
   */
  readonly frequency_penalty?: number | null | undefined
  /**
   * @default 0
   * @minimum -2
   * @maximum 2
   */
  readonly presence_penalty?: number | null | undefined
  readonly web_search_options?: {
    readonly user_location?:
      | {
        readonly type: "approximate"
        readonly approximate: WebSearchLocation
      }
      | null
      | undefined
    readonly search_context_size?: WebSearchContextSize | undefined
  } | undefined
  /**
   * @minimum 0
   * @maximum 20
   */
  readonly top_logprobs?: number | null | undefined
  readonly response_format?: ResponseFormatText | ResponseFormatJsonSchema | ResponseFormatJsonObject | undefined
  readonly audio?:
    | {
      readonly voice: VoiceIdsOrCustomVoice
      readonly format: "wav" | "aac" | "mp3" | "flac" | "opus" | "pcm16"
    }
    | null
    | undefined
  /** @default false */
  readonly store?: boolean | null | undefined
  readonly moderation?: ModerationParam | null | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly stop?: StopConfiguration | undefined
  /** @default null */
  readonly logit_bias?: { readonly [key: string]: number } | null | undefined
  /** @default false */
  readonly logprobs?: boolean | null | undefined
  /** @deprecated */
  readonly max_tokens?: number | null | undefined
  /**
   * @default 1
   * @minimum 1
   * @maximum 128
   */
  readonly n?: number | null | undefined
  readonly prediction?: PredictionContent | null | undefined
  /** @deprecated */
  readonly seed?: number | null | undefined
  readonly stream_options?: ChatCompletionStreamOptions | undefined
  readonly tools?: ReadonlyArray<ChatCompletionTool | CustomToolChatCompletions> | undefined
  readonly tool_choice?: ChatCompletionToolChoiceOption | undefined
  readonly parallel_tool_calls?: ParallelToolCalls | undefined
  /** @deprecated */
  readonly function_call?: "none" | "auto" | ChatCompletionFunctionCallOption | undefined
  /**
   * @deprecated
   * @minItems 1
   * @maxItems 128
   */
  readonly functions?: ReadonlyArray<ChatCompletionFunctions> | undefined
}
