/**
 * The `Response` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { InputItem } from "./InputItem.ts"
import type { Metadata } from "./Metadata.ts"
import type { ModelIdsResponses } from "./ModelIdsResponses.ts"
import type { ModelResponseProperties } from "./ModelResponseProperties.ts"
import type { Moderation } from "./Moderation.ts"
import type { OutputItem } from "./OutputItem.ts"
import type { PromptCacheOptions } from "./PromptCacheOptions.ts"
import type { Reasoning } from "./Reasoning.ts"
import type { ResponseConversation } from "./ResponseConversation.ts"
import type { ResponseError } from "./ResponseError.ts"
import type { ResponseProperties } from "./ResponseProperties.ts"
import type { ResponseUsage } from "./ResponseUsage.ts"
import type { ServiceTierResponses } from "./ServiceTierResponses.ts"
import type { ToolChoiceParam } from "./ToolChoiceParam.ts"
import type { ToolsArray } from "./ToolsArray.ts"

export interface Response
  extends
    Omit<ModelResponseProperties, "metadata" | "temperature" | "top_p">,
    Omit<ResponseProperties, "model" | "tool_choice" | "tools">
{
  readonly model: ModelIdsResponses
  readonly tools: ToolsArray
  readonly metadata: Metadata
  readonly tool_choice: ToolChoiceParam
  /**
   * @default 1
   * @minimum 0
   * @maximum 2
   */
  readonly temperature: number | null
  /**
   * @default 1
   * @minimum 0
   * @maximum 1
   */
  readonly top_p: number | null
  readonly service_tier?: ServiceTierResponses | undefined
  /** @default "disabled" */
  readonly truncation?: "auto" | "disabled" | null | undefined
  readonly id: string
  readonly object: "response"
  readonly status?: "completed" | "failed" | "in_progress" | "cancelled" | "queued" | "incomplete" | undefined
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly completed_at?: number | null | undefined
  readonly error: ResponseError
  readonly incomplete_details: {
    readonly reason?: "max_output_tokens" | "content_filter" | undefined
  } | null
  readonly output: ReadonlyArray<OutputItem>
  readonly reasoning?: Reasoning | null | undefined
  readonly instructions: string | ReadonlyArray<InputItem> | null
  readonly output_text?: string | null | undefined
  readonly usage?: ResponseUsage | undefined
  readonly prompt_cache_options?: PromptCacheOptions | undefined
  readonly moderation?: Moderation | null | undefined
  /** @default true */
  readonly parallel_tool_calls: boolean
  readonly conversation?: ResponseConversation | null | undefined
  readonly max_output_tokens?: number | null | undefined
}
