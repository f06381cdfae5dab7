/**
 * The `CreateResponse` schema of the OpenAI API.
 *
 * Generated from the OpenAPI spec by `scripts/codegen`; do not edit.
 *
 * @since 0.1.0
 */

import type { ContextManagementParam } from "./ContextManagementParam.ts"
import type { ConversationParam } from "./ConversationParam.ts"
import type { CreateModelResponseProperties } from "./CreateModelResponseProperties.ts"
import type { IncludeEnum } from "./IncludeEnum.ts"
import type { InputParam } from "./InputParam.ts"
import type { ModerationParam } from "./ModerationParam.ts"
import type { Reasoning } from "./Reasoning.ts"
import type { ResponseProperties } from "./ResponseProperties.ts"
import type { ResponseStreamOptions } from "./ResponseStreamOptions.ts"
import type { ServiceTierResponses } from "./ServiceTierResponses.ts"

export interface CreateResponse extends CreateModelResponseProperties, ResponseProperties {
  readonly service_tier?: ServiceTierResponses | undefined
  /**
   * @deprecated
   * @default "disabled"
   */
  readonly truncation?: "auto" | "disabled" | null | undefined
  readonly reasoning?: Reasoning | null | undefined
  readonly input?: InputParam | undefined
  readonly include?: ReadonlyArray<IncludeEnum> | null | undefined
  /** @default true */
  readonly parallel_tool_calls?: boolean | null | undefined
  /** @default true */
  readonly store?: boolean | null | undefined
  readonly instructions?: string | null | undefined
  readonly moderation?: ModerationParam | null | undefined
  /** @default false */
  readonly stream?: boolean | null | undefined
  readonly stream_options?: ResponseStreamOptions | undefined
  readonly conversation?: ConversationParam | null | undefined
  /** @minItems 1 */
  readonly context_management?: ReadonlyArray<ContextManagementParam> | null | undefined
  /** @minimum 16 */
  readonly max_output_tokens?: number | null | undefined
}
