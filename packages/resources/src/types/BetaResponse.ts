/**
 * The `BetaResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaInputItem } from "./BetaInputItem.ts"
import type { BetaMetadata } from "./BetaMetadata.ts"
import type { BetaModelIdsResponses } from "./BetaModelIdsResponses.ts"
import type { BetaModelResponseProperties } from "./BetaModelResponseProperties.ts"
import type { BetaModeration } from "./BetaModeration.ts"
import type { BetaOutputItem } from "./BetaOutputItem.ts"
import type { BetaPromptCacheOptions } from "./BetaPromptCacheOptions.ts"
import type { BetaReasoning } from "./BetaReasoning.ts"
import type { BetaResponseConversation } from "./BetaResponseConversation.ts"
import type { BetaResponseError } from "./BetaResponseError.ts"
import type { BetaResponseProperties } from "./BetaResponseProperties.ts"
import type { BetaResponseUsage } from "./BetaResponseUsage.ts"
import type { BetaServiceTierResponses } from "./BetaServiceTierResponses.ts"
import type { BetaToolChoiceParam } from "./BetaToolChoiceParam.ts"
import type { BetaToolsArray } from "./BetaToolsArray.ts"

export interface BetaResponse
  extends
    Omit<BetaModelResponseProperties, "metadata" | "temperature" | "top_p">,
    Omit<BetaResponseProperties, "model" | "tool_choice" | "tools">
{
  readonly model: BetaModelIdsResponses
  readonly tools: BetaToolsArray
  readonly metadata: BetaMetadata
  readonly tool_choice: BetaToolChoiceParam
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
  readonly service_tier?: BetaServiceTierResponses | undefined
  /** @default "disabled" */
  readonly truncation?: "auto" | "disabled" | null | undefined
  readonly id: string
  readonly object: "response"
  readonly status?: "completed" | "failed" | "in_progress" | "cancelled" | "queued" | "incomplete" | undefined
  /** @format unixtime */
  readonly created_at: number
  /** @format unixtime */
  readonly completed_at?: number | null | undefined
  readonly error: BetaResponseError
  readonly incomplete_details: {
    readonly reason?: "max_output_tokens" | "content_filter" | undefined
  } | null
  readonly output: ReadonlyArray<BetaOutputItem>
  readonly reasoning?: BetaReasoning | null | undefined
  readonly instructions: string | ReadonlyArray<BetaInputItem> | null
  readonly output_text?: string | null | undefined
  readonly usage?: BetaResponseUsage | undefined
  readonly prompt_cache_options?: BetaPromptCacheOptions | undefined
  readonly moderation?: BetaModeration | null | undefined
  /** @default true */
  readonly parallel_tool_calls: boolean
  readonly conversation?: BetaResponseConversation | null | undefined
  readonly max_output_tokens?: number | null | undefined
}
