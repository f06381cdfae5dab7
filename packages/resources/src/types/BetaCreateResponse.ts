/**
 * The `BetaCreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { BetaContextManagementParam } from "./BetaContextManagementParam.ts"
import type { BetaConversationParam } from "./BetaConversationParam.ts"
import type { BetaCreateModelResponseProperties } from "./BetaCreateModelResponseProperties.ts"
import type { BetaIncludeEnum } from "./BetaIncludeEnum.ts"
import type { BetaInputParam } from "./BetaInputParam.ts"
import type { BetaModerationParam } from "./BetaModerationParam.ts"
import type { BetaMultiAgentParam } from "./BetaMultiAgentParam.ts"
import type { BetaReasoning } from "./BetaReasoning.ts"
import type { BetaResponseProperties } from "./BetaResponseProperties.ts"
import type { BetaResponseStreamOptions } from "./BetaResponseStreamOptions.ts"
import type { BetaServiceTierResponses } from "./BetaServiceTierResponses.ts"

export interface BetaCreateResponse extends BetaCreateModelResponseProperties, BetaResponseProperties {
  readonly service_tier?: BetaServiceTierResponses | undefined
  /**
   * @deprecated
   * @default "disabled"
   */
  readonly truncation?: "auto" | "disabled" | null | undefined
  readonly reasoning?: BetaReasoning | null | undefined
  readonly input?: BetaInputParam | undefined
  readonly include?: ReadonlyArray<BetaIncludeEnum> | null | undefined
  /** @default true */
  readonly parallel_tool_calls?: boolean | null | undefined
  /** @default true */
  readonly store?: boolean | null | undefined
  readonly instructions?: string | null | undefined
  readonly moderation?: BetaModerationParam | null | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly stream_options?: BetaResponseStreamOptions | undefined
  readonly conversation?: BetaConversationParam | null | undefined
  /** @minItems 1 */
  readonly context_management?: ReadonlyArray<BetaContextManagementParam> | null | undefined
  /** @minimum 16 */
  readonly max_output_tokens?: number | null | undefined
  readonly multi_agent?: BetaMultiAgentParam | null | undefined
}
